using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.Kodexa;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SessionSdk.IntegrationTests.Middleware;

/// <summary>
/// What a host at the default level (Information) reads: nothing for a success, from the SDK or Polly; one Warning per
/// failed call; nothing above Debug for the 404 that TryGetSessionAsync answers; retries at Debug.
/// </summary>
public sealed class QuietLogTests : IDisposable
{
    private readonly FakeLogCollector _logs = new();
    private readonly SessionTestHost _host;

    public QuietLogTests()
    {
        _host = ObservedHost.Start(_logs, (b, uri) => b.AddKodexa(o => { o.ApiKey = "k-1"; o.BaseAddress = uri; }));
    }

    public void Dispose() => _host.Dispose();

    private ISessionClient Kodexa => _host.Client("kodexa");

    [Fact]
    public async Task Successes_LogNothingAtInformation_OnlyDebug()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingGet(), 200, KodexaJson.Session("s-1"));
        _host.Respond(Request.Create().WithPath("/api/sessions").UsingPost(), 201, KodexaJson.Session("s-9"));
        _host.Respond(Request.Create().WithPath("/api/sessions").UsingGet(), 200, KodexaJson.Page(1, last: true, totalPages: 1, KodexaJson.Session("s-1")));

        await Kodexa.GetSessionAsync("s-1");
        await Kodexa.CreateSessionAsync(new CreateSessionRequest());
        await Kodexa.GetSessionPageAsync();
        await _host.Services.GetRequiredService<ISessionClient>().GetSessionAsync("kodexa/s-1");

        var records = _logs.GetSnapshot();
        Assert.Empty(ObservedHost.Visible(_logs));
        Assert.Equal(5, records.Count(r => r.Category == "SessionSdk.Client" && r.Id.Id == 101 && r.Level == LogLevel.Debug));
        Assert.Contains(records, r => r.Category == "SessionSdk.Http" && r.Level == LogLevel.Debug);
        Assert.Contains(records, r => r.Category == "Polly" && r.Level == LogLevel.Debug);
    }

    [Fact]
    public async Task Failure_LogsExactlyOneWarning_NamingProviderOperationStatusAndErrorType()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/missing-1").UsingGet(), 404, KodexaJson.NotFound);

        await Assert.ThrowsAsync<SessionNotFoundException>(() => Kodexa.GetSessionAsync("missing-1"));

        var line = Assert.Single(ObservedHost.Visible(_logs));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal("SessionSdk.Client", line.Category);
        Assert.Equal(new EventId(100, "SessionOperationFailed"), line.Id);
        Assert.StartsWith("kodexa GetSession failed: status 404, SessionNotFoundException, after ", line.Message, StringComparison.Ordinal);
        Assert.Null(line.Exception);
        Assert.Equal("kodexa", line.GetStructuredStateValue("Provider"));
        Assert.Equal("GetSession", line.GetStructuredStateValue("Operation"));
        Assert.Equal("404", line.GetStructuredStateValue("StatusCode"));
        Assert.Equal("SessionNotFoundException", line.GetStructuredStateValue("ErrorType"));
    }

    [Fact]
    public async Task FailureThroughTheComposite_IsStillOneLine_ByTheProvider()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/missing-1").UsingGet(), 404, KodexaJson.NotFound);

        await Assert.ThrowsAsync<SessionNotFoundException>(() => _host.Services.GetRequiredService<ISessionClient>().GetSessionAsync("kodexa/missing-1"));

        var line = Assert.Single(ObservedHost.Visible(_logs));
        Assert.Equal("kodexa", line.GetStructuredStateValue("Provider"));
    }

    [Fact]
    public async Task TryGet404_LogsNothingAboveDebug()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/missing-1").UsingGet(), 404, KodexaJson.NotFound);

        Assert.Null(await Kodexa.TryGetSessionAsync("missing-1"));
        Assert.Null(await _host.Services.GetRequiredService<ISessionClient>().TryGetSessionAsync("kodexa/missing-1"));

        Assert.Empty(ObservedHost.Visible(_logs));
        Assert.Equal(2, _logs.GetSnapshot().Count(r => r.Id == new EventId(102, "SessionNotFoundAnswered") && r.Level == LogLevel.Debug));
    }

    [Fact]
    public async Task GetAfterTryGet_404IsAFailureAgain()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/missing-1").UsingGet(), 404, KodexaJson.NotFound);

        Assert.Null(await Kodexa.TryGetSessionAsync("missing-1"));
        await Assert.ThrowsAsync<SessionNotFoundException>(() => Kodexa.GetSessionAsync("missing-1"));

        Assert.Equal(100, Assert.Single(ObservedHost.Visible(_logs)).Id.Id);
    }

    [Fact]
    public async Task Retries_LogAtDebug_AndARecoveredCallLogsNothingAtInformation()
    {
        var path = Request.Create().WithPath("/api/sessions/s-2").UsingGet();
        _host.Server.Given(path).InScenario("flaky").WillSetStateTo("recovered").RespondWith(Response.Create().WithStatusCode(503));
        _host.Server.Given(path).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(KodexaJson.Session("s-2")));

        await Kodexa.GetSessionAsync("s-2");

        Assert.Empty(ObservedHost.Visible(_logs));
        Assert.Contains(_logs.GetSnapshot(), r => r.Category == "Polly" && r.Level == LogLevel.Debug && r.Message.Contains("OnRetry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnreachableHost_OneWarning_StatusNone_NoStackTraces()
    {
        var closedPort = ClosedLoopbackPort();
        using var host = ObservedHost.Start(_logs, (b, _) => b.AddKodexa(o => { o.ApiKey = "k-1"; o.BaseAddress = new Uri($"http://127.0.0.1:{closedPort}/"); }));

        var error = await Assert.ThrowsAnyAsync<SessionClientException>(() => host.Client("kodexa").GetSessionAsync("s-1"));

        Assert.True(error.IsTransient);
        var line = Assert.Single(ObservedHost.Visible(_logs));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal("none", line.GetStructuredStateValue("StatusCode"));
        Assert.DoesNotContain("(null)", line.Message, StringComparison.Ordinal);
        Assert.Null(line.Exception);

        // Each attempt and retry is still there for whoever turns Debug on.
        var polly = _logs.GetSnapshot().Where(r => r.Category == "Polly").ToList();
        Assert.Contains(polly, r => r.Message.Contains("OnRetry", StringComparison.Ordinal));
        Assert.All(polly, r => Assert.True(r.Level <= LogLevel.Debug, r.Message));
    }

    [Fact]
    public async Task HostSeverityProvider_StillDecidesPollyLevels()
    {
        using var host = SessionTestHost.Start(
            (b, uri) => b.AddKodexa(o => { o.ApiKey = "k-1"; o.BaseAddress = uri; }),
            services => services
                .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)))
                .Configure<Polly.Telemetry.TelemetryOptions>(o => o.SeverityProvider = _ => Polly.Telemetry.ResilienceEventSeverity.Warning),
            chaos: false);
        host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingGet(), 200, KodexaJson.Session("s-1"));

        await host.Client("kodexa").GetSessionAsync("s-1");

        Assert.Contains(ObservedHost.Visible(_logs), r => r.Category == "Polly" && r.Level == LogLevel.Warning);
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
