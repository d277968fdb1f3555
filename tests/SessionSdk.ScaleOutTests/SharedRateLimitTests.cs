using SessionSdk.Providers.Raydocs;
using SessionSdk.ScaleOutTests.Infrastructure;
using StackExchange.Redis;

namespace SessionSdk.ScaleOutTests;

/// <summary>Replicas that share one Redis share one budget at the vendor.</summary>
[Collection(RedisCollection.Name)]
public sealed class SharedRateLimitTests(RedisServer redis) : IDisposable
{
    private readonly Vendor _vendor = new();
    private readonly IConnectionMultiplexer _connection = redis.Connect();

    [Fact]
    public async Task ThreeReplicas_SharingRedis_SendNoMoreThanTheLimitBetweenThem()
    {
        _vendor.Respond("GET", "/extractions/sessions/s-1", 200, Vendor.RaydocsSession("s-1"));
        var replicas = Enumerable.Range(0, 3).Select(_ => Replica.Start(b => b.AddRaydocs(Raydocs(permitLimit: 5, wait: false)), _connection)).ToArray();
        try
        {
            // 4 calls on each of 3 replicas, all at once: 12 calls for a budget of 5 per minute.
            var calls = replicas.SelectMany(r => Enumerable.Range(0, 4).Select(_ => Capture(r.Client("raydocs").GetSessionAsync("s-1")))).ToArray();
            var outcomes = await Task.WhenAll(calls);

            Assert.Empty(replicas.SelectMany(r => r.Logs.GetSnapshot()).Where(l => l.Category == "SessionSdk.RateLimiting").Select(l => l.Message));
            Assert.Equal(5, _vendor.Count("GET"));
            Assert.Equal(0, _vendor.Status(429));
            Assert.Equal(5, outcomes.Count(o => o is null));
            var refused = outcomes.OfType<SessionRateLimitedException>().ToArray();
            Assert.Equal(7, refused.Length);
            Assert.All(refused, e =>
            {
                Assert.Equal("raydocs", e.ProviderName);
                Assert.True(e.IsTransient);
                Assert.Null(e.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(12), e.RetryAfter);   // one minute / 5
            });
        }
        finally
        {
            Array.ForEach(replicas, r => r.Dispose());
        }
    }

    [Fact]
    public async Task TypedRefitApi_DrawsFromTheSameSharedBudget()
    {
        _vendor.Respond("GET", "/extractions/sessions/s-1", 200, Vendor.RaydocsSession("s-1"));
        using var a = Replica.Start(b => b.AddRaydocs(Raydocs(permitLimit: 2, wait: false)), _connection);
        using var b = Replica.Start(b => b.AddRaydocs(Raydocs(permitLimit: 2, wait: false)), _connection);

        await a.Client("raydocs").GetSessionAsync("s-1");
        await b.Services.GetRequiredService<IRaydocsExtractionSessionsApi>().GetSessionAsync("s-1");

        await Assert.ThrowsAsync<SessionRateLimitedException>(() => a.Services.GetRequiredService<IRaydocsExtractionSessionsApi>().GetSessionAsync("s-1"));
        await Assert.ThrowsAsync<SessionRateLimitedException>(() => b.Client("raydocs").GetSessionAsync("s-1"));
        Assert.Equal(2, _vendor.Count("GET"));
    }

    [Fact]
    public async Task OverTheSharedLimit_ACallWaitsForAPermit_WhenItsBudgetAllows()
    {
        // Real time: the Redis limiter counts on the wall clock, whose stamps may be whole seconds, so a sub-second window
        // can fall across a second boundary and let a request through early. 2 permits per 3 s; the third request waits
        // for the window (at least 1.5 s even when the first stamps were rounded down a whole second).
        _vendor.Respond("GET", "/extractions/sessions/s-1", 200, Vendor.RaydocsSession("s-1"));
        using var a = Replica.Start(b => b.AddRaydocs(Raydocs(permitLimit: 2, wait: true, window: TimeSpan.FromSeconds(3))), _connection);
        using var b = Replica.Start(b => b.AddRaydocs(Raydocs(permitLimit: 2, wait: true, window: TimeSpan.FromSeconds(3))), _connection);

        await a.Client("raydocs").GetSessionAsync("s-1");
        await b.Client("raydocs").GetSessionAsync("s-1");
        await a.Client("raydocs").GetSessionAsync("s-1");   // waits until the window has moved on

        var times = _vendor.Times("GET");
        Assert.Equal(3, times.Count);
        Assert.True(times[2] - times[0] >= TimeSpan.FromSeconds(1.5), $"the third request went out {(times[2] - times[0]).TotalMilliseconds} ms after the first");
    }

    public void Dispose()
    {
        _connection.Dispose();
        _vendor.Dispose();
    }

    internal static Action<RaydocsOptions> Raydocs(Uri baseAddress, int permitLimit, bool wait, TimeSpan? window = null) => o =>
    {
        o.Token = "rd_test_token";
        o.BaseAddress = baseAddress;
        o.MaxRetries = 0;
        o.RateLimit = new SessionRateLimitOptions { PermitLimit = permitLimit, Window = window ?? TimeSpan.FromMinutes(1), WaitForPermit = wait };
    };

    internal static async Task<Exception?> Capture(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private Action<RaydocsOptions> Raydocs(int permitLimit, bool wait, TimeSpan? window = null) => Raydocs(_vendor.BaseAddress, permitLimit, wait, window);
}
