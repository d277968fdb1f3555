using System.Net;
using System.Text;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.Kodexa;
using SessionSdk.Providers.Kodexa;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SessionSdk.IntegrationTests.Faults;

public sealed class PipelineBehaviourTests
{
    private static readonly FaultProvider Kodexa = FaultProvider.All[0];

    [Fact]
    public async Task CircuitBreaker_OpensAfterFailures_ThenFailsFastWithoutIo_ThenRecovers()
    {
        var healthy = false;
        using var run = FaultRun.StartKodexa(
            o => { o.MaxRetries = 0; o.CircuitBreakerMinimumThroughput = 4; o.CircuitBreakerFailureRatio = 0.5; o.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(15); },
            (_, _) => Task.FromResult(healthy
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Kodexa.ValidSessionJson) }
                : new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)));

        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<SessionClientException>(() => run.Client.GetSessionAsync("s-1"));
        }

        var open = await Assert.ThrowsAsync<SessionCircuitOpenException>(() => run.Client.GetSessionAsync("s-1"));
        Assert.True(open.IsTransient);
        Assert.Equal("kodexa", open.ProviderName);
        Assert.Equal(4, run.Transport.Attempts);

        healthy = true;
        run.Time.Advance(TimeSpan.FromSeconds(16));
        var session = await run.Client.GetSessionAsync("s-1");
        Assert.Equal("s-1", session.Id);
        Assert.Equal(5, run.Transport.Attempts);
    }

    [Fact]
    public async Task RotatingKey_HundredConcurrentCallsWithAnExpiredKey_RefreshOnce()
    {
        var refreshes = 0;
        var time = new VirtualTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var transport = new ScriptedTransport((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Kodexa.ValidSessionJson) }));
        var services = new ServiceCollection().AddSingleton<TimeProvider>(time);
        services.AddSessionClients()
            .AddKodexa(o => o.ApiKeyProvider = async ct =>
            {
                var n = Interlocked.Increment(ref refreshes);
                await Task.Yield();
                return new SessionCredential($"rotated-key-{n}", time.GetUtcNow().AddMinutes(10));
            })
            .ConfigureHttpClient("kodexa", b => b.ConfigurePrimaryHttpMessageHandler(() => transport));
        using var sp = services.BuildServiceProvider();
        var client = sp.GetRequiredKeyedService<ISessionClient>("kodexa");

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => client.GetSessionAsync("s-1")));
        Assert.Equal(1, refreshes);

        time.Advance(TimeSpan.FromMinutes(11));
        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => client.GetSessionAsync("s-1")));

        Assert.Equal(2, refreshes);
        Assert.Equal(200, transport.Attempts);
        Assert.Equal(100, transport.Seen.Count(s => s.Headers.Contains("x-api-key: rotated-key-2", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Unauthorized_ForgetsTheKey_SoTheNextCallRefreshes()
    {
        var refreshes = 0;
        var status = HttpStatusCode.Unauthorized;
        using var run = FaultRun.StartKodexa(
            o => o.ApiKeyProvider = _ => ValueTask.FromResult(new SessionCredential($"key-{Interlocked.Increment(ref refreshes)}")),
            (_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(Kodexa.ValidSessionJson) }));

        await Assert.ThrowsAsync<SessionAuthenticationException>(() => run.Client.GetSessionAsync("s-1"));
        status = HttpStatusCode.OK;
        await run.Client.GetSessionAsync("s-1");

        Assert.Equal(2, refreshes);
        Assert.Contains("x-api-key: key-2", run.Transport.Seen[^1].Headers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_IsNotFollowed_SoTheKeyNeverReachesAnotherHost()
    {
        using var other = WireMockServer.Start();
        other.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithBody(KodexaJson.Session("s-1")));
        using var host = SessionTestHost.Start((b, uri) => b.AddKodexa(o => { o.ApiKey = FaultProvider.CanaryKey; o.BaseAddress = uri; }));
        host.Server.Given(Request.Create().WithPath("/api/sessions/s-1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", other.Url + "/api/sessions/s-1"));

        var error = await Assert.ThrowsAsync<SessionClientException>(() => host.Client("kodexa").GetSessionAsync("s-1"));

        Assert.Equal(HttpStatusCode.Found, error.StatusCode);
        Assert.Contains("redirects are not followed", error.Message, StringComparison.Ordinal);
        Assert.Empty(other.LogEntries);
    }

    [Fact]
    public async Task DeclaredContentLengthOverTheCap_FailsBeforeReading()
    {
        var stream = new CountingStream(new byte[4096]);
        using var run = FaultRun.StartKodexa(o => o.MaxResponseBytes = 2048, (_, _) =>
        {
            var content = new StreamContent(stream);
            content.Headers.ContentLength = 4096;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        });

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => run.Client.GetSessionAsync("s-1"));

        Assert.Contains("MaxResponseBytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.BytesRead);
        Assert.Equal(1, run.Transport.Attempts);
    }

    [Fact]
    public async Task ChunkedBodyOverTheCap_FailsWithoutReadingItAll()
    {
        var stream = new CountingStream(Encoding.UTF8.GetBytes("{\"id\":\"" + new string('x', 10 * 1024 * 1024) + "\"}"), seekable: false);
        using var run = FaultRun.StartKodexa(o => o.MaxResponseBytes = 64 * 1024, (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(stream) }));

        await Assert.ThrowsAsync<SessionResponseException>(() => run.Client.GetSessionAsync("s-1"));

        // The cap is 64 KB; reading stops within a couple of copy buffers of it, far short of the 10 MB body.
        Assert.InRange(stream.BytesRead, 64 * 1024, 512 * 1024);
    }

    [Fact]
    public async Task ErrorBody_IsKeptCapped_AndAnHtmlErrorStillGivesTheStatusException()
    {
        var html = "<html><body>" + new string('x', 10_000) + "</body></html>";
        using var run = FaultRun.StartKodexa(o => o.MaxErrorBodyChars = 4096, (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent(html, Encoding.UTF8, "text/html") }));

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() => run.Client.GetSessionAsync("s-1"));

        Assert.Equal(4096, error.ResponseBody!.Length);
        Assert.StartsWith("<html>", error.ResponseBody, StringComparison.Ordinal);
        Assert.Null(error.VendorMessage);
        Assert.True(error.Message.Length < 300);
    }

    [Fact]
    public async Task PostWithAnIdempotencyKey_IsRetried()
    {
        var calls = 0;
        using var run = FaultRun.StartKodexa(
            o => { },
            (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(Kodexa.ValidSessionJson) }),
            b => b.ConfigureHttpClient("kodexa", h => h.AddHttpMessageHandler(() => new IdempotencyKeyHandler())));

        await run.Client.CreateSessionAsync(new CreateSessionRequest());

        Assert.Equal(2, run.Transport.Attempts);
        Assert.All(run.Transport.Seen, s => Assert.Equal(HttpMethod.Post, s.Method));
    }


    private sealed class IdempotencyKeyHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation(SessionRequestContext.IdempotencyKeyHeader, "create-0001");
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CountingStream(byte[] data, bool seekable = true) : MemoryStream(data)
    {
        /// <summary>A non-seekable stream has no length, so the body goes out chunked.</summary>
        public override bool CanSeek => seekable;

        public long BytesRead { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }
}
