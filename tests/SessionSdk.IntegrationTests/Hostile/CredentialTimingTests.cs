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

    private static Faults.FaultRun Start(Action<KodexaOptions> configure) =>
        Faults.FaultRun.Start(
            Faults.FaultProvider.All[0] with { Register = (b, uri, _) => b.AddKodexa(o => { o.BaseAddress = uri; configure(o); }) },
            (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(KodexaJson.Session("s-1")) }));
}
