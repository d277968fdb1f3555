using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.Kodexa;

namespace SessionSdk.IntegrationTests.Hostile;

/// <summary>The exception says what really happened: the status code decides its type, whatever the body holds.</summary>
public sealed class ErrorCauseTests
{
    private const string LoneSurrogate = """{"message":"Session \ud800 not found","errors":{"id":["bad \udc00 id"]}}""";

    private static readonly byte[] CorruptGzip = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01, 0x02];

    [Fact]
    public async Task LoneSurrogateInAnErrorBody_StillGivesTheStatusException()
    {
        await using var run = Kodexa(request => RawHttpServer.Response(request.Method == "GET" ? 404 : 400, LoneSurrogate));
        var client = run.Client("kodexa");

        var notFound = await Assert.ThrowsAsync<SessionNotFoundException>(() => client.GetSessionAsync("s-1"));
        Assert.Null(await client.TryGetSessionAsync("s-1"));
        var invalid = await Assert.ThrowsAsync<SessionValidationException>(() => client.CreateSessionAsync(new CreateSessionRequest()));

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.False(notFound.IsTransient);
        Assert.Contains("not found", notFound.VendorMessage, StringComparison.Ordinal);
        Assert.False(invalid.IsTransient);
        Assert.Equal(3, run.Server.Requests.Count);
    }

    [Fact]
    public async Task CorruptGzipErrorBody_StillGivesTheStatusException()
    {
        await using var run = Kodexa(request => RawHttpServer.Response(request.Method == "GET" ? 404 : 400, CorruptGzip, "Content-Encoding: gzip"));
        var client = run.Client("kodexa");

        var notFound = await Assert.ThrowsAsync<SessionNotFoundException>(() => client.GetSessionAsync("s-1"));
        Assert.Null(await client.TryGetSessionAsync("s-1"));
        var invalid = await Assert.ThrowsAsync<SessionValidationException>(() => client.CreateSessionAsync(new CreateSessionRequest()));

        Assert.False(notFound.IsTransient);
        Assert.False(invalid.IsTransient);
        Assert.Equal(3, run.Server.Requests.Count);
    }

    [Fact]
    public async Task CorruptGzipSuccessBody_IsAnUnreadableResponseWithItsStatus()
    {
        await using var run = Kodexa(_ => RawHttpServer.Response(200, CorruptGzip, "Content-Encoding: gzip"));

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => run.Client("kodexa").GetSessionAsync("s-1"));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Single(run.Server.Requests);
    }

    [Fact]
    public async Task BugInAnAppsOwnHandler_PassesThroughUnchanged()
    {
        await using var run = RawRun.Start(
            _ => RawHttpServer.Response(200, KodexaJson.Session("s-1")),
            (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKey = "key-1"; })
                .ConfigureHttpClient("kodexa", http => http.AddHttpMessageHandler(() => new BuggyHandler())));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.Client("kodexa").GetSessionAsync("s-1"));

        Assert.Equal("bug in the app's handler", error.Message);
        Assert.Equal(TimeSpan.Zero, run.Time.Elapsed);
    }

    [Fact]
    public async Task ConnectionClosedWithoutAnAnswer_IsATransportErrorThatKeepsItsCause()
    {
        await using var run = Kodexa(_ => [], o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<SessionClientException>(() => run.Client("kodexa").GetSessionAsync("s-1"));

        Assert.True(error.IsTransient);
        Assert.Null(error.StatusCode);
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task InvalidUtf8InAFieldTheMapperDoesNotRead_IsAnUnreadableResponse()
    {
        var body = Encoding.UTF8.GetBytes(KodexaJson.Session("s-1").TrimEnd('}') + ",\"futureField\":\"ab\"}");
        var at = Array.IndexOf(body, (byte)'b', body.Length - 6);
        body[at] = 0xff;
        await using var run = Kodexa(_ => RawHttpServer.Response(200, body));

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => run.Client("kodexa").GetSessionAsync("s-1"));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptySuccessBody_IsAnUnreadableResponseWithItsStatus()
    {
        await using var run = Kodexa(_ => RawHttpServer.Response(200, string.Empty));

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => run.Client("kodexa").GetSessionAsync("s-1"));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentSessions_AreNamedKodexaAgents_InSizeErrorsAndLogLines()
    {
        var logs = new StateCapturingLoggerProvider();
        await using var run = Kodexa(
            _ => RawHttpServer.Response(200, "{\"id\":\"as-1\",\"pad\":\"" + new string('x', 4096) + "\"}"),
            o => o.MaxResponseBytes = 1024,
            services => services.AddLogging(l => l.SetMinimumLevel(LogLevel.Debug).AddProvider(logs)));

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => run.Client("kodexa-agents").GetSessionAsync("as-1"));

        Assert.Equal("kodexa-agents", error.ProviderName);
        Assert.StartsWith("kodexa-agents ", error.Message, StringComparison.Ordinal);
        var line = Assert.Single(logs.Records, r => r.StartsWith("SessionSdk.Http ", StringComparison.Ordinal));
        Assert.Contains("Provider=kodexa-agents;", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CredentialCallbackThatThrows_IsReportedAsTheCallbacksFailure()
    {
        var cause = new InvalidOperationException("the vault is sealed");
        await using var run = RawRun.Start(
            _ => RawHttpServer.Response(200, KodexaJson.Session("s-1")),
            (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKeyProvider = _ => throw cause; }));

        var error = await Assert.ThrowsAsync<SessionAuthenticationException>(() => run.Client("kodexa").GetSessionAsync("s-1"));

        Assert.DoesNotContain("could not be reached", error.Message, StringComparison.Ordinal);
        Assert.Contains("KodexaOptions.ApiKeyProvider", error.Message, StringComparison.Ordinal);
        Assert.Same(cause, error.InnerException);
        Assert.False(error.IsTransient);
        Assert.Empty(run.Server.Requests);
    }

    private static RawRun Kodexa(Func<RawRequest, byte[]> respond, Action<SessionSdk.Providers.Kodexa.KodexaOptions>? configure = null, Action<IServiceCollection>? services = null) =>
        RawRun.Start(respond, (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKey = "key-1"; configure?.Invoke(o); }), services);

    private sealed class BuggyHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("bug in the app's handler");
    }
}
