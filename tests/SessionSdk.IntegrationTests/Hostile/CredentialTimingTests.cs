using System.Net;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.Kodexa;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.IntegrationTests.Hostile;

/// <summary>Rotating credentials under load and under a budget, in virtual time.</summary>
public sealed class CredentialTimingTests
{
    /// <summary>Where <see cref="Faults.FaultRun"/>'s virtual clock stands; nothing here moves it but a timeout.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(10)]
    [InlineData(-1)]
    public async Task ShortLivedKey_TwoHundredConcurrentCalls_ShareOneRefresh(int secondsToLive)
    {
        var refreshes = 0;
        using var run = Start(
            o => o.ApiKeyProvider = async _ =>
            {
                var n = Interlocked.Increment(ref refreshes);
                await Task.Yield();
                return new SessionCredential($"short-{n}", Now.AddSeconds(secondsToLive));
            });

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => run.Client.GetSessionAsync("s-1")));

        Assert.Equal(1, refreshes);
        Assert.Equal(200, run.Transport.Attempts);
        Assert.All(run.Transport.Seen, s => Assert.Contains("x-api-key: short-1", s.Headers, StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeyCallbackThatIgnoresItsToken_CannotOverrunTheTotalTimeout()
    {
        var never = new TaskCompletionSource<SessionCredential>();
        using var run = Start(o =>
        {
            o.TotalTimeout = TimeSpan.FromSeconds(3);
            o.ApiKeyProvider = _ => new ValueTask<SessionCredential>(never.Task);
        });

        var call = run.Client.GetSessionAsync("s-1");
        for (var i = 0; i < 200 && !call.IsCompleted; i++)
        {
            run.Time.ElapseUntilNextTimeout();
            await Task.Delay(1);
        }

        Assert.True(call.IsCompleted, "the call still waits for a callback that ignores its token");
        await Assert.ThrowsAsync<SessionTimeoutException>(() => call);
        Assert.InRange(run.Time.Elapsed, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3));
        Assert.Equal(0, run.Transport.Attempts);
    }

    [Fact]
    public async Task KeyRotatedBetweenTheAttemptsOfOneCall_BothKeysAreRedactedFromTheError()
    {
        // The first key lives one second; the first attempt's 503 asks for a 2 s wait, so the retry refreshes and sends
        // the second. The last answer quotes both keys: the error may repeat neither.
        var refreshes = 0;
        var attempts = 0;
        var keys = new[] { "first-rotating-key-4711", "second-rotating-key-0815" };
        using var run = Faults.FaultRun.StartKodexa(
            o =>
            {
                o.MaxRetries = 1;
                o.ApiKeyProvider = _ =>
                {
                    var n = Interlocked.Increment(ref refreshes);
                    return ValueTask.FromResult(new SessionCredential(keys[Math.Min(n, 2) - 1], Now.AddSeconds(n == 1 ? 1 : 3600)));
                };
            },
            (_, _) => Task.FromResult(Interlocked.Increment(ref attempts) == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { { "Retry-After", "2" } }, Content = new StringContent("{}") }
                : new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent($$"""{"message":"neither {{keys[0]}} nor {{keys[1]}} may call"}""") }));

        var error = await Assert.ThrowsAsync<SessionClientException>(() => run.Client.GetSessionAsync("s-1"));

        Assert.Equal(2, refreshes);
        Assert.Contains("x-api-key: " + keys[0], run.Transport.Seen[0].Headers, StringComparison.Ordinal);
        Assert.Contains("x-api-key: " + keys[1], run.Transport.Seen[1].Headers, StringComparison.Ordinal);
        var everything = string.Join("\n", error.ToString(), error.VendorMessage, error.ResponseBody);
        Assert.Contains("neither *** nor *** may call", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(keys[0], everything, StringComparison.Ordinal);
        Assert.DoesNotContain(keys[1], everything, StringComparison.Ordinal);
    }

    private static Faults.FaultRun Start(Action<KodexaOptions> configure) =>
        Faults.FaultRun.Start(
            Faults.FaultProvider.All[0] with { Register = (b, uri, _) => b.AddKodexa(o => { o.BaseAddress = uri; configure(o); }) },
            (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(KodexaJson.Session("s-1")) }));
}
