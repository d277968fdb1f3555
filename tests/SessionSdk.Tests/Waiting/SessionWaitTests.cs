using System.Net;
using SessionSdk.IntegrationTests.Infrastructure;

namespace SessionSdk.Tests.Waiting;

/// <summary>The one polling engine, through <see cref="SessionWaitExtensions.WaitForSessionAsync"/>: back-off, jitter, timeout, cancellation, progress, transient errors.</summary>
public sealed class SessionWaitTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Wait_BacksOffExponentially_UpToMaxInterval_OnTheClientsClock()
    {
        var time = new VirtualTimeProvider(Start);
        var client = new ScriptedSessionClient(time, i => ScriptedSessionClient.State(i < 6 ? SessionStatus.Running : SessionStatus.Completed));
        var options = new SessionWaitOptions { InitialInterval = TimeSpan.FromSeconds(1), MaxInterval = TimeSpan.FromSeconds(5), BackoffFactor = 2, Jitter = 0 };

        var done = await client.WaitForSessionAsync("s1", s => s.Status == SessionStatus.Completed, options);

        Assert.Equal(SessionStatus.Completed, done.Status);
        Assert.Equal([0, 1, 3, 7, 12, 17, 22], client.ReadAt.Select(t => t.TotalSeconds).ToArray());
    }

    [Fact]
    public async Task Wait_WithJitter_SpreadsEachPauseWithinItsBounds()
    {
        var time = new VirtualTimeProvider(Start);
        var client = new ScriptedSessionClient(time, i => ScriptedSessionClient.State(i < 20 ? SessionStatus.Running : SessionStatus.Completed));
        var options = new SessionWaitOptions { InitialInterval = TimeSpan.FromSeconds(10), MaxInterval = TimeSpan.FromSeconds(10), BackoffFactor = 1, Jitter = 0.2 };

        await client.WaitForSessionAsync("s1", s => s.Status == SessionStatus.Completed, options);

        var pauses = client.ReadAt.Zip(client.ReadAt.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        Assert.All(pauses, p => Assert.InRange(p, 8, 12));
        Assert.True(pauses.Distinct().Count() > 1, "every pause was the same: no jitter");
    }

    [Fact]
    public async Task Wait_PastItsTimeout_ThrowsSessionTimeout_CarryingTheLastStateSeen()
    {
        var time = new VirtualTimeProvider(Start);
        var client = new ScriptedSessionClient(time, _ => ScriptedSessionClient.State(SessionStatus.Running));

        var error = await Assert.ThrowsAsync<SessionTimeoutException>(() =>
            client.WaitForSessionAsync("s1", s => s.Status == SessionStatus.Completed, new SessionWaitOptions { Timeout = TimeSpan.FromMinutes(1) }));

        Assert.Equal(SessionStatus.Running, Assert.IsType<Session>(error.LastState).Status);
        Assert.Equal("scripted", error.ProviderName);
        Assert.Equal("WaitForSession", error.Operation);
        Assert.True(error.IsTransient);
        Assert.Contains("did not finish within 00:01:00", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(1), time.Elapsed);
    }

    [Fact]
    public async Task Wait_TransientFailures_AreToleratedWithinTheBudget_AndNamedWhenTimeRunsOut()
    {
        var time = new VirtualTimeProvider(Start);
        var client = new ScriptedSessionClient(time, i => i is 1 or 2 ? throw ScriptedSessionClient.Unavailable() : ScriptedSessionClient.State(i < 4 ? SessionStatus.Running : SessionStatus.Completed));

        var done = await client.WaitForSessionAsync("s1", s => s.Status == SessionStatus.Completed);
        Assert.Equal(SessionStatus.Completed, done.Status);

        var failing = new ScriptedSessionClient(new VirtualTimeProvider(Start), i => i == 0 ? ScriptedSessionClient.State(SessionStatus.Pending) : throw ScriptedSessionClient.Unavailable());
        var error = await Assert.ThrowsAsync<SessionTimeoutException>(() =>
            failing.WaitForSessionAsync("s1", s => s.Status == SessionStatus.Completed, new SessionWaitOptions { Timeout = TimeSpan.FromSeconds(30) }));
        Assert.Equal(SessionStatus.Pending, Assert.IsType<Session>(error.LastState).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, Assert.IsType<SessionClientException>(error.InnerException).StatusCode);
    }

    [Fact]
    public async Task Wait_ARateLimitWithRetryAfter_LengthensThatPause()
    {
        var time = new VirtualTimeProvider(Start);
        var limited = new SessionRateLimitedException("429") { ProviderName = "scripted", IsTransient = true, RetryAfter = TimeSpan.FromSeconds(20) };
        var client = new ScriptedSessionClient(time, i => i == 1 ? throw limited : ScriptedSessionClient.State(i < 2 ? SessionStatus.Running : SessionStatus.Completed));

        await client.WaitForSessionAsync("s1", s => s.Status == SessionStatus.Completed, new SessionWaitOptions { Jitter = 0 });

        Assert.Equal([0, 1, 21], client.ReadAt.Select(t => t.TotalSeconds).ToArray());
    }

    [Fact]
    public async Task Wait_ANonTransientFailure_EndsTheWaitAtOnce()
    {
        var time = new VirtualTimeProvider(Start);
        var client = new ScriptedSessionClient(time, i => i == 0 ? ScriptedSessionClient.State(SessionStatus.Running) : throw new SessionNotFoundException("gone") { ProviderName = "scripted" });

        await Assert.ThrowsAsync<SessionNotFoundException>(() => client.WaitForSessionAsync("s1", s => s.Status == SessionStatus.Completed));

        Assert.Equal(2, client.ReadAt.Count);
    }

    [Fact]
    public async Task Wait_CallerCancellation_SurfacesAsOperationCanceled_NotATimeout()
    {
        var time = new VirtualTimeProvider(Start);
        using var cancellation = new CancellationTokenSource();
        var client = new ScriptedSessionClient(time, i =>
        {
            if (i == 2)
            {
                cancellation.Cancel();
            }

            return ScriptedSessionClient.State(SessionStatus.Running);
        });

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.WaitForSessionAsync("s1", s => s.Status == SessionStatus.Completed, cancellationToken: cancellation.Token));

        Assert.IsNotType<SessionTimeoutException>(error);
        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.Equal(3, client.ReadAt.Count);
    }

    [Fact]
    public async Task Wait_ReportsEveryStateRead_TheLastOneIncluded()
    {
        var time = new VirtualTimeProvider(Start);
        SessionStatus[] states = [SessionStatus.Pending, SessionStatus.Running, SessionStatus.Running, SessionStatus.Completed];
        var client = new ScriptedSessionClient(time, i => ScriptedSessionClient.State(states[i]));
        var seen = new List<SessionStatus>();

        await client.WaitForSessionAsync("s1", s => s.Status == SessionStatus.Completed, progress: new SyncProgress(s => seen.Add(s.Status)));

        Assert.Equal(states, seen);
    }

    [Fact]
    public async Task Wait_UsesTheOptionsClockOverTheClients()
    {
        var clientTime = new VirtualTimeProvider(Start);
        var waitTime = new VirtualTimeProvider(Start);
        var client = new ScriptedSessionClient(clientTime, i => ScriptedSessionClient.State(i < 2 ? SessionStatus.Running : SessionStatus.Completed));

        await client.WaitForSessionAsync("s1", s => s.Status == SessionStatus.Completed, new SessionWaitOptions { TimeProvider = waitTime, Jitter = 0 });

        Assert.Equal(TimeSpan.Zero, clientTime.Elapsed);
        Assert.Equal(TimeSpan.FromSeconds(3), waitTime.Elapsed);
    }

    [Theory]
    [InlineData(0, 1, 15, 2, 0.2)]
    [InlineData(60, 0, 15, 2, 0.2)]
    [InlineData(60, 20, 15, 2, 0.2)]
    [InlineData(60, 1, 15, 0.5, 0.2)]
    [InlineData(60, 1, 15, 2, 1)]
    [InlineData(60, 1, 15, 2, -0.1)]
    public async Task Wait_InvalidOptions_ThrowBeforeAnyRead(int timeoutSeconds, int initialSeconds, int maxSeconds, double factor, double jitter)
    {
        var client = new ScriptedSessionClient(new VirtualTimeProvider(Start), _ => ScriptedSessionClient.State(SessionStatus.Completed));
        var options = new SessionWaitOptions
        {
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
            InitialInterval = TimeSpan.FromSeconds(initialSeconds),
            MaxInterval = TimeSpan.FromSeconds(maxSeconds),
            BackoffFactor = factor,
            Jitter = jitter,
        };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.WaitForSessionAsync("s1", _ => true, options));
        Assert.Empty(client.ReadAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    public async Task Wait_AMalformedId_ThrowsBeforeAnyRead(string id)
    {
        var client = new ScriptedSessionClient(new VirtualTimeProvider(Start), _ => ScriptedSessionClient.State(SessionStatus.Completed));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.WaitForSessionAsync(id, _ => true));
        Assert.Empty(client.ReadAt);
    }

    private sealed class SyncProgress(Action<Session> report) : IProgress<Session>
    {
        public void Report(Session value) => report(value);
    }
}
