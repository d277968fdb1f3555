using Microsoft.Extensions.Time.Testing;

namespace SessionSdk.Tests.Composite;

public sealed class CompositeConcurrencyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task ProviderRequests_NeverExceedMaxConcurrency(int maxConcurrency)
    {
        var probe = new ConcurrencyProbe();
        var gates = new Dictionary<string, TaskCompletionSource>();
        var providers = Enumerable.Range(0, 6).Select(i =>
        {
            var name = "p" + i;
            gates[name] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return new FakeSessionClient(name, FakeSessions.Many(name, i + 1)) { Probe = probe, Delay = (_, _) => gates[name].Task };
        }).ToArray();
        var composite = FakeSessions.Composite(providers, o => o.MaxConcurrency = maxConcurrency);

        var read = composite.GetSessionPageAsync(new SessionQuery { PageSize = 10 });

        // Every request that may start has started by now; the others wait for a slot.
        Assert.Equal(maxConcurrency, probe.Current);
        for (var released = 0; released < providers.Length; released++)
        {
            var started = await probe.Started.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            gates[started].SetResult();
        }

        var page = await read.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(maxConcurrency, probe.Max);
        Assert.Equal(["p0/p1", "p1/p2", "p2/p3", "p3/p4", "p4/p5", "p5/p6"], page.Items.Select(s => s.QualifiedId));
    }

    [Fact]
    public async Task FirstPage_CompletesWhenTheSlowestProviderAnswers_NotAfterTheSumOfTheirTimes()
    {
        var gates = new[] { "alpha", "beta", "gamma" }.ToDictionary(n => n, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var providers = FakeSessions.Interleaved();
        foreach (var provider in providers)
        {
            provider.Delay = (_, _) => gates[provider.Metadata.ProviderName].Task;
        }

        var read = FakeSessions.Composite(providers).GetSessionPageAsync(new SessionQuery { PageSize = 3 });

        // All three are asked at once, before any answers.
        Assert.All(providers, p => Assert.Equal(1, p.ListCalls));
        gates["gamma"].SetResult();
        gates["alpha"].SetResult();
        await Task.Delay(50);
        Assert.False(read.IsCompleted);

        gates["beta"].SetResult();
        var page = await read.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["alpha/a1", "beta/b2", "beta/b3"], page.Items.Select(s => s.QualifiedId));
    }

    [Fact]
    public async Task FirstPage_WithProvidersTakingOneTwoAndThreeSeconds_IsReadyAfterThreeSeconds()
    {
        var time = new FakeTimeProvider(FakeSessions.Origin);
        var providers = FakeSessions.Interleaved();
        for (var i = 0; i < providers.Length; i++)
        {
            var delay = TimeSpan.FromSeconds(i + 1);
            providers[i].Delay = (_, ct) => Task.Delay(delay, time, ct);
        }

        var read = FakeSessions.Composite(providers).GetSessionPageAsync(new SessionQuery { PageSize = 4 });
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(read.IsCompleted);

        // Sequential requests would need 1 + 2 + 3 = 6 s; the third timer would not even exist yet.
        time.Advance(TimeSpan.FromSeconds(1));
        var page = await read.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["alpha/a1", "beta/b2", "beta/b3", "alpha/a4"], page.Items.Select(s => s.QualifiedId));
    }
}
