using System.Diagnostics;
using Microsoft.Extensions.Logging.Testing;
using SessionSdk.IntegrationTests.Composite;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.Kodexa;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SessionSdk.IntegrationTests.Middleware;

/// <summary>Spans and metrics as the real OpenTelemetry SDK and a <c>MetricCollector</c> receive them, over real HTTP.</summary>
public sealed class TelemetryTests : IDisposable
{
    private readonly FakeLogCollector _logs = new();
    private readonly SessionTestHost _host;

    public TelemetryTests()
    {
        _host = ObservedHost.Start(_logs, (b, uri) => b.AddKodexa(o => { o.ApiKey = "k-1"; o.BaseAddress = uri; }));
    }

    public void Dispose() => _host.Dispose();

    private ISessionClient Kodexa => _host.Client("kodexa");

    [Fact]
    public async Task Get_OneSpanForTheOperation_ParentOfTheHttpSpan()
    {
        using var telemetry = new TelemetryCapture();
        _host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingGet(), 200, KodexaJson.Session("s-1"));

        await Kodexa.GetSessionAsync("s-1");

        var span = Assert.Single(telemetry.SdkSpans);
        Assert.Equal("GetSession kodexa", span.DisplayName);
        Assert.Equal(ActivityKind.Internal, span.Kind);
        Assert.Equal(telemetry.Root.SpanId, span.ParentSpanId);
        Assert.Equal("kodexa", span.GetTagItem("sessionsdk.provider"));
        Assert.Equal("GetSession", span.GetTagItem("sessionsdk.operation"));
        Assert.Equal("s-1", span.GetTagItem("sessionsdk.session.id"));
        Assert.Equal(_host.BaseAddress.Host, span.GetTagItem("server.address"));
        Assert.Equal(_host.BaseAddress.Port, span.GetTagItem("server.port"));
        Assert.Null(span.GetTagItem("sessionsdk.retry.count"));
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        var http = Assert.Single(telemetry.HttpSpans);
        Assert.Equal(span.SpanId, http.ParentSpanId);
        Assert.Equal(200, http.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task RetriedGet_OneOperationSpan_EachAttemptBeneathIt_RetryCounted()
    {
        using var telemetry = new TelemetryCapture();
        var path = Request.Create().WithPath("/api/sessions/s-2").UsingGet();
        _host.Server.Given(path).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503));
        _host.Server.Given(path).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(KodexaJson.Session("s-2")));

        await Kodexa.GetSessionAsync("s-2");

        var span = Assert.Single(telemetry.SdkSpans);
        Assert.Equal("GetSession kodexa", span.DisplayName);
        Assert.Equal(1, span.GetTagItem("sessionsdk.retry.count"));
        Assert.Null(span.GetTagItem("error.type"));
        var attempts = telemetry.ChildrenOf(span);
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.Equal("System.Net.Http", a.Source.Name));
        Assert.Equal([503, 200], attempts.OrderBy(a => a.StartTimeUtc).Select(a => (int)a.GetTagItem("http.response.status_code")!));
    }

    [Fact]
    public async Task FailedCreate_SpanHasErrorTypeAndErrorStatus()
    {
        using var telemetry = new TelemetryCapture();
        _host.Respond(Request.Create().WithPath("/api/sessions").UsingPost(), 400, KodexaJson.BadRequest);

        await Assert.ThrowsAsync<SessionValidationException>(() => Kodexa.CreateSessionAsync(new CreateSessionRequest()));

        var span = Assert.Single(telemetry.SdkSpans);
        Assert.Equal("CreateSession kodexa", span.DisplayName);
        Assert.Equal("CreateSession", span.GetTagItem("sessionsdk.operation"));
        Assert.Equal("400", span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("400", span.StatusDescription);
        Assert.Null(span.GetTagItem("sessionsdk.session.id"));
        Assert.Empty(span.Events);
        var http = Assert.Single(telemetry.ChildrenOf(span));
        Assert.Equal("POST", http.GetTagItem("http.request.method"));
    }

    [Fact]
    public async Task FailureWithoutStatus_ErrorTypeIsTheExceptionType()
    {
        using var telemetry = new TelemetryCapture();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Kodexa.GetSessionAsync(".."));

        var span = Assert.Single(telemetry.SdkSpans);
        Assert.Equal("GetSession kodexa", span.DisplayName);
        Assert.Equal(typeof(ArgumentException).FullName, span.GetTagItem("error.type"));
        Assert.Empty(telemetry.HttpSpans);
    }

    [Fact]
    public async Task CompositeListing_OneSpanPerProviderPage_UnderTheCompositeSpan()
    {
        using var host = ObservedHost.Start(_logs, (b, uri) => b
            .AddKodexa(o => { o.ApiKey = "k-1"; o.BaseAddress = uri; })
            .ConfigureComposite(o => o.ProviderPageSize = 2));
        KodexaListStubs.ServePages(host.Server, "/api/sessions", "k-1", [KodexaListStubs.Session("s-01", 1), KodexaListStubs.Session("s-05", 5), KodexaListStubs.Session("s-09", 9)], 2);
        KodexaListStubs.ServePages(host.Server, "/api/orchestrator-agent-sessions", "k-1", [KodexaListStubs.AgentSession("a-02", 2), KodexaListStubs.AgentSession("a-03", 3)], 2);
        using var telemetry = new TelemetryCapture();

        var page = await host.Services.GetRequiredService<ISessionClient>().GetSessionPageAsync(new SessionQuery { PageSize = 4 });

        Assert.Equal(["s-01", "a-02", "a-03", "s-05"], page.Items.Select(s => s.Id));
        var composite = Assert.Single(telemetry.SdkSpans, s => s.DisplayName == "ListSessions all");
        Assert.Equal(telemetry.Root.SpanId, composite.ParentSpanId);
        Assert.Equal("all", composite.GetTagItem("sessionsdk.provider"));
        Assert.Equal(4, composite.GetTagItem("sessionsdk.page.size"));
        Assert.Equal(4, composite.GetTagItem("sessionsdk.page.item_count"));
        Assert.Null(composite.GetTagItem("server.address"));

        var providerPages = telemetry.ChildrenOf(composite);
        Assert.Equal(["ListSessions kodexa", "ListSessions kodexa-agents"], providerPages.Select(s => s.DisplayName).Order());
        Assert.All(providerPages, p => Assert.Equal(2, p.GetTagItem("sessionsdk.page.item_count")));
        Assert.Equal(3, telemetry.SdkSpans.Count);
        Assert.All(providerPages, p => Assert.Single(telemetry.ChildrenOf(p), h => h.Source.Name == "System.Net.Http"));
        Assert.Equal(2, telemetry.HttpSpans.Count);
    }

    [Fact]
    public async Task Metrics_DurationPerOperationWithErrorType_AndSessionsReadPerProvider()
    {
        using var durations = ObservedHost.Durations(_host);
        using var read = ObservedHost.SessionsRead(_host);
        _host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingGet(), 200, KodexaJson.Session("s-1"));
        _host.Respond(Request.Create().WithPath("/api/sessions/missing-1").UsingGet(), 404, KodexaJson.NotFound);
        _host.Respond(Request.Create().WithPath("/api/sessions").UsingGet(), 200, KodexaJson.Page(1, last: true, totalPages: 1, KodexaJson.Session("s-1"), KodexaJson.Session("s-2")));

        await Kodexa.GetSessionAsync("s-1");
        Assert.Null(await Kodexa.TryGetSessionAsync("missing-1"));
        await Kodexa.GetSessionPageAsync(new SessionQuery { PageSize = 2 });

        var measured = durations.GetMeasurementSnapshot();
        Assert.Equal(3, measured.Count);
        Assert.All(measured, m => Assert.True(m.Value >= 0 && m.Value < 30, $"{m.Value} s"));
        Assert.All(measured, m => Assert.Equal("kodexa", m.Tags["sessionsdk.provider"]));
        Assert.Equal(["GetSession", "GetSession", "ListSessions"], measured.Select(m => (string)m.Tags["sessionsdk.operation"]!).Order());
        Assert.Equal("404", Assert.Single(measured, m => m.Tags.ContainsKey("error.type")).Tags["error.type"]);

        var reads = read.GetMeasurementSnapshot();
        Assert.Equal(3, reads.Sum(m => m.Value));
        Assert.Equal(1, reads.Where(m => (string?)m.Tags["sessionsdk.operation"] == "GetSession").Sum(m => m.Value));
        Assert.Equal(2, reads.Where(m => (string?)m.Tags["sessionsdk.operation"] == "ListSessions").Sum(m => m.Value));
    }

    [Fact]
    public async Task Metrics_CompositeListing_CountsEachSessionOnceByItsProvider()
    {
        using var host = ObservedHost.Start(_logs, (b, uri) => b
            .AddKodexa(o => { o.ApiKey = "k-1"; o.BaseAddress = uri; })
            .ConfigureComposite(o => o.ProviderPageSize = 2));
        KodexaListStubs.ServePages(host.Server, "/api/sessions", "k-1", [KodexaListStubs.Session("s-01", 1)], 2);
        KodexaListStubs.ServePages(host.Server, "/api/orchestrator-agent-sessions", "k-1", [KodexaListStubs.AgentSession("a-02", 2)], 2);
        using var durations = ObservedHost.Durations(host);
        using var read = ObservedHost.SessionsRead(host);

        await host.Services.GetRequiredService<ISessionClient>().GetSessionPageAsync(new SessionQuery { PageSize = 10 });

        Assert.Equal(["all", "kodexa", "kodexa-agents"], durations.GetMeasurementSnapshot().Select(m => (string)m.Tags["sessionsdk.provider"]!).Order());
        var reads = read.GetMeasurementSnapshot();
        Assert.Equal(["kodexa", "kodexa-agents"], reads.Select(m => (string)m.Tags["sessionsdk.provider"]!).Order());
        Assert.Equal(2, reads.Sum(m => m.Value));
    }
}
