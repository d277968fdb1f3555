using Microsoft.Extensions.Logging;
using SessionSdk.Providers.Raydocs;
using SessionSdk.ScaleOutTests.Infrastructure;
using StackExchange.Redis;

namespace SessionSdk.ScaleOutTests;

/// <summary>Redis going away mid-run: calls carry on with local behaviour, and the app is told in its log.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisOutageTests(RedisServer redis) : IDisposable
{
    private readonly Vendor _vendor = new();

    [Fact]
    public async Task RedisGoingAwayMidRun_FallsBackToLocalLimitsAndCache_WithAWarning_AndNoCallFails()
    {
        _vendor.Respond("GET", "/extractions/sessions/s-1", 200, Vendor.RaydocsSession("s-1"));
        _vendor.Respond("GET", "/extractions/sessions/s-2", 200, Vendor.RaydocsSession("s-2"));
        using var proxy = new TcpProxy(redis.EndPoint);
        using var connection = RedisServer.ConnectFailFast(proxy.EndPoint);
        using var replica = Replica.Start(
            b => b.AddRaydocs(SharedRateLimitTests.Raydocs(_vendor.BaseAddress, permitLimit: 50, wait: false)).UseSessionCache("raydocs"),
            connection,
            "sessionsdk-test-" + Guid.NewGuid().ToString("N") + ":");
        var client = replica.Client("raydocs");

        await client.GetSessionAsync("s-1");
        Assert.Equal(1, _vendor.Count("GET"));

        proxy.Cut();

        // The shared budget and the shared cache are gone; every call still succeeds.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("s-1", (await client.GetSessionAsync("s-1")).Id);   // from this replica's memory
            Assert.Equal("s-2", (await client.GetSessionAsync("s-2")).Id);   // a miss: the vendor, under the local limit
        }

        Assert.True(_vendor.Count("GET") >= 2);
        var warnings = replica.Logs.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ToArray();
        Assert.Contains(warnings, w => w.Category == "SessionSdk.RateLimiting" && w.Message.Contains("Redis", StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Category == "SessionSdk.RateLimiting");   // once per outage, not once per call
        // HybridCache reports the shared level's failure itself (as an error, "Cache backend read failure").
        Assert.Contains(replica.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning && r.Category == "Microsoft.Extensions.Caching.Hybrid.HybridCache");
    }

    [Fact]
    public async Task RedisGoingAwayMidRun_LocalLimitStillHolds()
    {
        _vendor.Respond("GET", "/extractions/sessions/s-1", 200, Vendor.RaydocsSession("s-1"));
        using var proxy = new TcpProxy(redis.EndPoint);
        using var connection = RedisServer.ConnectFailFast(proxy.EndPoint);
        using var replica = Replica.Start(b => b.AddRaydocs(SharedRateLimitTests.Raydocs(_vendor.BaseAddress, permitLimit: 3, wait: false)), connection);
        var client = replica.Client("raydocs");

        await client.GetSessionAsync("s-1");
        proxy.Cut();

        var outcomes = new List<Exception?>();
        for (var i = 0; i < 5; i++)
        {
            outcomes.Add(await SharedRateLimitTests.Capture(client.GetSessionAsync("s-1")));
        }

        // One permit was used on Redis before the cut; the local budget of 3 covers the next three, then it refuses.
        Assert.Equal(4, _vendor.Count("GET"));
        Assert.Equal(3, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), o => Assert.IsType<SessionRateLimitedException>(o));
    }

    public void Dispose() => _vendor.Dispose();
}
