using Microsoft.Extensions.Logging.Testing;
using SessionSdk.IntegrationTests.Composite;
using SessionSdk.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SessionSdk.IntegrationTests.Middleware;

/// <summary>A canary API key and session token, echoed back by the vendor: absent from every span, tag, measurement and log.</summary>
public sealed class CanaryTests
{
    private const string CanaryKey = "kdx-canary-key-5b1e0c";
    private const string CanaryToken = "canary-session-token-77d2";

    [Fact]
    public async Task NoSpanTagMeasurementOrLogCarriesTheKeyOrTheSessionToken()
    {
        var logs = new FakeLogCollector();
        using var host = ObservedHost.Start(logs, (b, uri) => b.AddKodexa(o => { o.ApiKey = CanaryKey; o.BaseAddress = uri; }));
        var session = $$"""{"id":"s-1","changeSequence":1,"createdOn":"2026-11-22T11:00:00Z","state":"OPEN","token":"{{CanaryToken}}"}""";
        var echo = $$"""{"message":"Bad key {{CanaryKey}} for token {{CanaryToken}}","incidentId":"inc-1"}""";
        var get = Request.Create().WithPath("/api/sessions/s-1").UsingGet();
        host.Server.Given(get).InScenario("flaky").WillSetStateTo("up").RespondWith(Response.Create().WithStatusCode(503).WithBody(echo));
        host.Server.Given(get).InScenario("flaky").WhenStateIs("up").RespondWith(Json(200, session));
        host.Server.Given(Request.Create().WithPath("/api/sessions/gone").UsingGet()).RespondWith(Json(404, echo));
        host.Server.Given(Request.Create().WithPath("/api/sessions").UsingPost()).RespondWith(Json(400, echo));
        KodexaListStubs.ServePages(host.Server, "/api/sessions", CanaryKey, [KodexaListStubs.Session("s-1", 1)], 10);
        KodexaListStubs.ServePages(host.Server, "/api/orchestrator-agent-sessions", CanaryKey, [], 10);
        using var durations = ObservedHost.Durations(host);
        using var read = ObservedHost.SessionsRead(host);
        using var telemetry = new TelemetryCapture();

        var kodexa = host.Client("kodexa");
        Assert.Equal(CanaryToken, ((SessionSdk.Providers.Kodexa.KodexaSession)(await kodexa.GetSessionAsync("s-1")).RawRepresentation!).Token);
        Assert.Null(await kodexa.TryGetSessionAsync("gone"));
        await Assert.ThrowsAsync<SessionNotFoundException>(() => kodexa.GetSessionAsync("gone"));
        await Assert.ThrowsAsync<SessionValidationException>(() => kodexa.CreateSessionAsync(new CreateSessionRequest()));
        await host.Services.GetRequiredService<ISessionClient>().GetSessionPageAsync(new SessionQuery { PageSize = 5 });

        var texts = new List<string>();
        Assert.True(telemetry.SdkSpans.Count >= 5 && telemetry.HttpSpans.Count >= 6, $"{telemetry.SdkSpans.Count} SDK spans, {telemetry.HttpSpans.Count} HTTP spans");
        foreach (var span in telemetry.Spans)
        {
            texts.Add(span.DisplayName + " " + span.OperationName + " " + span.StatusDescription);
            texts.AddRange(span.TagObjects.Select(t => t.Key + "=" + t.Value));
            texts.AddRange(span.Baggage.Select(b => b.Key + "=" + b.Value));
            texts.AddRange(span.Events.SelectMany(e => e.Tags.Select(t => e.Name + ":" + t.Key + "=" + t.Value)));
        }

        texts.AddRange(durations.GetMeasurementSnapshot().SelectMany(m => m.Tags.Select(t => t.Key + "=" + t.Value)));
        texts.AddRange(read.GetMeasurementSnapshot().SelectMany(m => m.Tags.Select(t => t.Key + "=" + t.Value)));
        var records = logs.GetSnapshot();
        Assert.Contains(records, r => r.Category == "SessionSdk.Client");
        texts.AddRange(records.Select(r => r.Message + " " + string.Join(";", r.StructuredState?.Select(s => s.Key + "=" + s.Value) ?? []) + " " + r.Exception));

        foreach (var text in texts)
        {
            Assert.DoesNotContain(CanaryKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(CanaryToken, text, StringComparison.Ordinal);
        }
    }

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
}
