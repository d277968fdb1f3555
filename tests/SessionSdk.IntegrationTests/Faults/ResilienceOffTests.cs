using System.Net;
using System.Text;
using Microsoft.Extensions.Http.Resilience;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.IntegrationTests.Faults;

/// <summary>
/// <see cref="SessionProviderOptions.UseResilience"/> = false: the SDK adds no retry, no timeout and no circuit breaker;
/// typed errors, the size cap and credentials stay, and an app's own resilience handler takes the SDK's place.
/// </summary>
public sealed class ResilienceOffTests
{
    private static readonly FaultProvider Kodexa = FaultProvider.All[0];

    [Fact]
    public async Task ResilienceOff_TransientFailure_IsNotRetried_ButStillATypedError()
    {
        using var run = FaultRun.StartKodexa(o => o.UseResilience = false, (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)));

        var error = await Assert.ThrowsAsync<SessionClientException>(() => run.Client.GetSessionAsync("s-1"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.Equal("kodexa", error.ProviderName);
        Assert.Equal("GetSession", error.Operation);
        Assert.Equal(1, run.Transport.Attempts);
    }

    [Fact]
    public async Task ResilienceOff_NoAttemptOrTotalTimeout()
    {
        var answer = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var run = FaultRun.StartKodexa(
            o => { o.UseResilience = false; o.AttemptTimeout = TimeSpan.FromSeconds(1); o.TotalTimeout = TimeSpan.FromSeconds(2); },
            (_, ct) => answer.Task.WaitAsync(ct));

        // With the SDK's timeouts, advancing the clock past them cancels the attempt before the answer comes.
        var call = run.Client.GetSessionAsync("s-1");
        run.Time.Advance(TimeSpan.FromMinutes(5));

        answer.SetResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Kodexa.ValidSessionJson) });
        Assert.Equal("s-1", (await call).Id);
    }

    [Fact]
    public async Task ResilienceOff_CircuitNeverOpens()
    {
        using var run = FaultRun.StartKodexa(
            o => { o.UseResilience = false; o.CircuitBreakerMinimumThroughput = 4; o.CircuitBreakerFailureRatio = 0.5; },
            (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError)));

        for (var i = 0; i < 10; i++)
        {
            var error = await Assert.ThrowsAsync<SessionClientException>(() => run.Client.GetSessionAsync("s-1"));
            Assert.IsNotType<SessionCircuitOpenException>(error);
        }

        Assert.Equal(10, run.Transport.Attempts);
    }

    [Fact]
    public async Task ResilienceOff_SizeCapStays_ForDeclaredAndChunkedBodies()
    {
        var chunked = false;
        using var run = FaultRun.StartKodexa(
            o => { o.UseResilience = false; o.MaxResponseBytes = 1024; },
            (_, _) =>
            {
                var body = Encoding.UTF8.GetBytes("{\"id\":\"" + new string('x', 4096) + "\"}");
                HttpContent content = chunked ? new StreamContent(new NonSeekableStream(body)) : new ByteArrayContent(body);
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
            });

        var declared = await Assert.ThrowsAsync<SessionResponseException>(() => run.Client.GetSessionAsync("s-1"));
        chunked = true;
        var streamed = await Assert.ThrowsAsync<SessionResponseException>(() => run.Client.GetSessionAsync("s-1"));

        Assert.Contains("MaxResponseBytes", declared.Message, StringComparison.Ordinal);
        Assert.Contains("MaxResponseBytes", streamed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResilienceOff_CredentialsStay_AndA401ForgetsTheKey()
    {
        var refreshes = 0;
        var status = HttpStatusCode.Unauthorized;
        using var run = FaultRun.StartKodexa(
            o => { o.UseResilience = false; o.ApiKeyProvider = _ => ValueTask.FromResult(new SessionCredential($"key-{Interlocked.Increment(ref refreshes)}")); },
            (_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(Kodexa.ValidSessionJson) }));

        await Assert.ThrowsAsync<SessionAuthenticationException>(() => run.Client.GetSessionAsync("s-1"));
        status = HttpStatusCode.OK;
        await run.Client.GetSessionAsync("s-1");

        Assert.Contains("x-api-key: key-1", run.Transport.Seen[0].Headers, StringComparison.Ordinal);
        Assert.Contains("x-api-key: key-2", run.Transport.Seen[1].Headers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResilienceOff_TheAppsStandardResilienceHandler_RetriesRawResponses_InsideTheSdksTypedErrors()
    {
        var calls = 0;
        var status = HttpStatusCode.OK;
        using var run = FaultRun.StartKodexa(
            o => o.UseResilience = false,
            (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : new HttpResponseMessage(status) { Content = new StringContent(Kodexa.ValidSessionJson) }),
            b => b.Services.ConfigureHttpClientDefaults(h => h.AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.Zero)));

        // The app's handler saw the raw 503 and retried it: it sits inside the SDK's error handler.
        var session = await run.Client.GetSessionAsync("s-1");
        Assert.Equal("s-1", session.Id);
        Assert.Equal(2, run.Transport.Attempts);

        // What it gives up on still reaches the caller as the SDK's typed error.
        status = HttpStatusCode.NotFound;
        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() => run.Client.GetSessionAsync("s-1"));
        Assert.Equal("kodexa", error.ProviderName);
    }

    [Fact]
    public async Task ResilienceOn_WithTheAppsHandlerOnEveryClient_TypedErrorsStillOutermost()
    {
        using var run = FaultRun.StartKodexa(
            o => o.MaxRetries = 0,
            (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound)),
            b => b.Services.ConfigureHttpClientDefaults(h => h.AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.Zero)));

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() => run.Client.GetSessionAsync("s-1"));

        Assert.Equal("GetSession", error.Operation);
        Assert.Equal(1, run.Transport.Attempts);
    }


    /// <summary>A stream without a length, so the body goes out chunked.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
