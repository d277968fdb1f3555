using Microsoft.Extensions.Time.Testing;
using SessionSdk.Providers.Kodexa;
using SessionSdk.ScaleOutTests.Infrastructure;

namespace SessionSdk.ScaleOutTests;

/// <summary>The session cache in one process (HybridCache's in-memory level only).</summary>
public sealed class SessionCacheTests : IDisposable
{
    private readonly Vendor _vendor = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task RepeatedReads_AreServedFromTheCache_UntilTheyExpire()
    {
        _vendor.Respond("GET", "/api/sessions/s-1", 200, Vendor.KodexaSession("s-1", "OPEN", 1));
        using var replica = Start(o => o.Expiration = TimeSpan.FromSeconds(30));
        var client = replica.Client("kodexa");

        var first = await client.GetSessionAsync("s-1");
        var again = await client.GetSessionAsync("s-1");
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetSessionAsync("s-1")));
        Assert.Equal(1, _vendor.Count("GET"));
        Assert.Equal(first.Version, again.Version);
        Assert.IsType<KodexaSession>(again.RawRepresentation);

        _time.Advance(TimeSpan.FromSeconds(31));
        await client.GetSessionAsync("s-1");
        Assert.Equal(2, _vendor.Count("GET"));
    }

    [Fact]
    public async Task NotFound_IsNotCached_AndKeepsItsType()
    {
        _vendor.Respond("GET", "/api/sessions/gone", 404, """{"message":"Session with id gone not found"}""");
        using var replica = Start();

        await Assert.ThrowsAsync<SessionNotFoundException>(() => replica.Client("kodexa").GetSessionAsync("gone"));
        await Assert.ThrowsAsync<SessionNotFoundException>(() => replica.Client("kodexa").GetSessionAsync("gone"));
        Assert.Equal(2, _vendor.Count("GET"));
    }

    [Fact]
    public async Task BadIds_FailBeforeAnyRequest_AsWithoutTheCache()
    {
        using var replica = Start();

        await Assert.ThrowsAsync<ArgumentException>(() => replica.Client("kodexa").GetSessionAsync(".."));
        await Assert.ThrowsAsync<ArgumentException>(() => replica.Client("kodexa").GetSessionAsync(" "));
        Assert.Empty(_vendor.Server.LogEntries);
    }

    [Fact]
    public async Task Listings_AreNotCached()
    {
        _vendor.Respond("GET", "/api/sessions", 200, """{"content":[],"last":true,"number":0,"totalPages":1}""");
        using var replica = Start();

        await replica.Client("kodexa").GetSessionPageAsync();
        await replica.Client("kodexa").GetSessionPageAsync();
        Assert.Equal(2, _vendor.Count("GET"));
    }

    [Fact]
    public async Task TheCompositeClient_RoutesThroughTheCache()
    {
        _vendor.Respond("GET", "/api/sessions/s-1", 200, Vendor.KodexaSession("s-1", "OPEN", 1));
        using var replica = Start();

        await replica.Services.GetRequiredService<ISessionClient>().GetSessionAsync("kodexa/s-1");
        await replica.Client("kodexa").GetSessionAsync("s-1");
        Assert.Equal(1, _vendor.Count("GET"));
    }

    [Fact]
    public async Task UseSessionCache_MayComeBeforeTheProvider()
    {
        _vendor.Respond("GET", "/api/sessions/s-1", 200, Vendor.KodexaSession("s-1", "OPEN", 1));
        using var replica = Replica.Start(b => b.UseSessionCache("kodexa").AddKodexa(o => { o.ApiKey = "kdx-test-key"; o.BaseAddress = _vendor.BaseAddress; }), time: _time);

        await replica.Client("kodexa").GetSessionAsync("s-1");
        await replica.Client("kodexa").GetSessionAsync("s-1");
        Assert.Equal(1, _vendor.Count("GET"));
    }

    [Fact]
    public async Task TheCacheLayer_PlacedWithTheMiddlewareBuilder_CachesTheSame()
    {
        _vendor.Respond("GET", "/api/sessions/s-1", 200, Vendor.KodexaSession("s-1", "OPEN", 1));
        using var replica = Replica.Start(
            b => b.AddKodexa(o => { o.ApiKey = "kdx-test-key"; o.BaseAddress = _vendor.BaseAddress; })
                .ConfigureClient("kodexa", pipeline => pipeline.UseSessionCache(o => o.Expiration = TimeSpan.FromSeconds(10))),
            time: _time,
            configureServices: s => s.AddHybridCache());

        var first = await replica.Client("kodexa").GetSessionAsync("s-1");
        var hit = await replica.Client("kodexa").GetSessionAsync("s-1");
        Assert.Equal(1, _vendor.Count("GET"));
        Assert.Equal(first.Version, hit.Version);
    }

    [Fact]
    public void InvalidCacheOptions_FailAtStartUp_NamingTheOption()
    {
        using var replica = Replica.Start(b => b.AddKodexa(o => { o.ApiKey = "kdx-test-key"; o.BaseAddress = _vendor.BaseAddress; })
            .UseSessionCache("kodexa", o => o.Expiration = TimeSpan.Zero));

        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => replica.Client("kodexa"));
        Assert.Contains("SessionCacheOptions.Expiration", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _vendor.Dispose();

    private Replica Start(Action<SessionCacheOptions>? configure = null) =>
        Replica.Start(b => b.AddKodexa(o => { o.ApiKey = "kdx-test-key"; o.BaseAddress = _vendor.BaseAddress; o.MaxRetries = 0; }).UseSessionCache("kodexa", configure), time: _time);
}
