using System.Text;
using Microsoft.Extensions.Time.Testing;
using SessionSdk.Providers.Kodexa;
using SessionSdk.ScaleOutTests.Infrastructure;
using StackExchange.Redis;

namespace SessionSdk.ScaleOutTests;

/// <summary>Replicas that cache session reads in one Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class SharedCacheTests(RedisServer redis) : IDisposable
{
    private readonly Vendor _vendor = new();
    private readonly IConnectionMultiplexer _connection = redis.Connect();
    private readonly string _instance = "sessionsdk-test-" + Guid.NewGuid().ToString("N") + ":";

    [Fact]
    public async Task AnUpdateOnOneReplica_IsSeenByAnother_NoLaterThanTheLocalCacheExpiry()
    {
        var timeA = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var timeB = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _vendor.Respond("GET", "/api/sessions/s-1", 200, Vendor.KodexaSession("s-1", "OPEN", 1));
        using var a = Start(timeA);
        using var b = Start(timeB);

        Assert.Equal(SessionStatus.Active, (await a.Client("kodexa").GetSessionAsync("s-1")).Status);
        await SharedEntryWrittenAsync("s-1");
        Assert.Equal(SessionStatus.Active, (await b.Client("kodexa").GetSessionAsync("s-1")).Status);
        Assert.Equal(1, _vendor.Count("GET"));   // replica B read replica A's entry from Redis

        // Replica A closes the session; the vendor now has the new state.
        _vendor.Respond("PUT", "/api/sessions/s-1", 200, Vendor.KodexaSession("s-1", "CLOSED", 2));
        var close = new UpdateSessionRequest();
        close.AdditionalProperties["state"] = "CLOSED";
        await a.Client("kodexa").UpdateSessionAsync("s-1", close);
        _vendor.Respond("GET", "/api/sessions/s-1", 200, Vendor.KodexaSession("s-1", "CLOSED", 2));

        // A sees it at once (its own copy and the shared entry were removed).
        Assert.Equal(SessionStatus.Closed, (await a.Client("kodexa").GetSessionAsync("s-1")).Status);

        // B's in-memory copy is still the old one (HybridCache has no backplane to tell it), but only until
        // LocalCacheExpiration (5 s by default) has passed on B's clock.
        Assert.Equal(SessionStatus.Active, (await b.Client("kodexa").GetSessionAsync("s-1")).Status);
        timeB.Advance(new SessionCacheOptions().LocalCacheExpiration + TimeSpan.FromMilliseconds(1));
        Assert.Equal(SessionStatus.Closed, (await b.Client("kodexa").GetSessionAsync("s-1")).Status);
    }

    [Fact]
    public async Task ADeleteOnOneReplica_RemovesTheSharedEntry()
    {
        _vendor.Respond("GET", "/api/sessions/s-2", 200, Vendor.KodexaSession("s-2", "OPEN", 1));
        _vendor.Respond("DELETE", "/api/sessions/s-2", 204, "");
        using var a = Start(new FakeTimeProvider(DateTimeOffset.UtcNow));
        using var b = Start(new FakeTimeProvider(DateTimeOffset.UtcNow));

        await a.Client("kodexa").GetSessionAsync("s-2");
        await a.Client("kodexa").DeleteSessionAsync("s-2");
        _vendor.Respond("GET", "/api/sessions/s-2", 404, """{"message":"Session with id s-2 not found"}""");

        await Assert.ThrowsAsync<SessionNotFoundException>(() => b.Client("kodexa").GetSessionAsync("s-2"));
        await Assert.ThrowsAsync<SessionNotFoundException>(() => a.Client("kodexa").GetSessionAsync("s-2"));
    }

    [Fact]
    public async Task TheSharedEntry_HoldsTheVendorObjectWithoutItsSecretToken_AndAHitKeepsTheVendorType()
    {
        _vendor.Respond("GET", "/api/sessions/s-3", 200, Vendor.KodexaSession("s-3", "OPEN", 7));
        using var a = Start(new FakeTimeProvider(DateTimeOffset.UtcNow));
        using var b = Start(new FakeTimeProvider(DateTimeOffset.UtcNow));

        var fresh = await a.Client("kodexa").GetSessionAsync("s-3");
        await SharedEntryWrittenAsync("s-3");
        var hit = await b.Client("kodexa").GetSessionAsync("s-3");

        Assert.Equal(1, _vendor.Count("GET"));
        var server = _connection.GetServer(_connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: _instance + "*s-3").ToArray();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var stored = (byte[]?)await _connection.GetDatabase().HashGetAsync(key, "data") ?? (byte[]?)await _connection.GetDatabase().StringGetAsync(key);
            Assert.DoesNotContain("secret-session-token", Encoding.UTF8.GetString(stored ?? []));
        }

        Assert.Equal("secret-session-token-s-3", ((KodexaSession)fresh.RawRepresentation!).Token);
        var raw = Assert.IsType<KodexaSession>(hit.RawRepresentation);
        Assert.Null(raw.Token);
        Assert.Equal(fresh.Id, hit.Id);
        Assert.Equal(fresh.Version, hit.Version);
        Assert.Equal(fresh.Status, hit.Status);
        Assert.Equal(fresh.CreatedAt, hit.CreatedAt);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _vendor.Dispose();
    }

    /// <summary>HybridCache writes the shared entry in the background; a bounded wait for it keeps the test deterministic.</summary>
    private async Task SharedEntryWrittenAsync(string sessionId)
    {
        var server = _connection.GetServer(_connection.GetEndPoints()[0]);
        for (var i = 0; i < 200 && !server.Keys(pattern: _instance + "*" + sessionId).Any(); i++)
        {
            await Task.Delay(10);
        }
    }

    private Replica Start(TimeProvider time) =>
        Replica.Start(b => b.AddKodexa(o => { o.ApiKey = "kdx-test-key"; o.BaseAddress = _vendor.BaseAddress; o.MaxRetries = 0; }).UseSessionCache("kodexa"), _connection, _instance, time);
}
