using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SessionSdk.Providers.Kodexa;
using SessionSdk.Providers.Raydocs;
using SessionSdk.ScaleOutTests.Infrastructure;

namespace SessionSdk.ScaleOutTests;

/// <summary>Client-side rate limits without Redis: per process.</summary>
public sealed class LocalRateLimitTests : IDisposable
{
    private readonly Vendor _vendor = new();

    [Fact]
    public async Task OneReplica_WithoutRedis_SendsNoMoreThanItsLimit_AndRefusesTheRestBeforeSending()
    {
        _vendor.Respond("GET", "/extractions/sessions/s-1", 200, Vendor.RaydocsSession("s-1"));
        using var replica = Replica.Start(b => b.AddRaydocs(SharedRateLimitTests.Raydocs(_vendor.BaseAddress, permitLimit: 3, wait: false)));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SharedRateLimitTests.Capture(replica.Client("raydocs").GetSessionAsync("s-1"))));

        Assert.Equal(3, _vendor.Count("GET"));
        var refused = outcomes.OfType<SessionRateLimitedException>().ToArray();
        Assert.Equal(5, refused.Length);
        Assert.All(refused, e => Assert.Equal(TimeSpan.FromSeconds(20), e.RetryAfter));
        Assert.All(refused, e => Assert.DoesNotContain("rd_test_token", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWaitLongerThanTheTotalTimeout_FailsAtOnce_WithTheWait()
    {
        _vendor.Respond("GET", "/extractions/sessions/s-1", 200, Vendor.RaydocsSession("s-1"));
        using var replica = Replica.Start(b => b.AddRaydocs(o =>
        {
            SharedRateLimitTests.Raydocs(_vendor.BaseAddress, permitLimit: 1, wait: true)(o);
            o.TotalTimeout = TimeSpan.FromSeconds(30);   // the next permit is expected in 60 s: more than the budget
        }));

        await replica.Client("raydocs").GetSessionAsync("s-1");
        var started = DateTime.UtcNow;
        var e = await Assert.ThrowsAsync<SessionRateLimitedException>(() => replica.Client("raydocs").GetSessionAsync("s-1"));

        Assert.Equal(TimeSpan.FromMinutes(1), e.RetryAfter);
        Assert.Equal("GetSession", e.Operation);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
        Assert.Equal(1, _vendor.Count("GET"));
    }

    [Fact]
    public async Task EveryRetryTakesAPermit_SoRetriesCannotBreakTheLimit()
    {
        _vendor.Respond("GET", "/extractions/sessions/s-1", 503, """{"message":"try later"}""");
        using var replica = Replica.Start(b => b.AddRaydocs(o =>
        {
            SharedRateLimitTests.Raydocs(_vendor.BaseAddress, permitLimit: 2, wait: false)(o);
            o.MaxRetries = 5;
            o.RetryBaseDelay = TimeSpan.Zero;
        }));

        await Assert.ThrowsAsync<SessionRateLimitedException>(() => replica.Client("raydocs").GetSessionAsync("s-1"));
        Assert.Equal(2, _vendor.Count("GET"));
    }

    [Fact]
    public async Task WithoutALimit_EveryCallIsSent()
    {
        _vendor.Respond("GET", "/api/sessions/s-1", 200, Vendor.KodexaSession("s-1", "OPEN", 1));
        using var replica = Replica.Start(b => b.AddKodexa(o => { o.ApiKey = "kdx-test-key"; o.BaseAddress = _vendor.BaseAddress; }));

        await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => replica.Client("kodexa").GetSessionAsync("s-1")));

        Assert.Equal(30, _vendor.Count("GET"));
    }

    [Fact]
    public void Raydocs_KeepsToItsDocumentedLimitByDefault_AndConfigurationCanChangeIt()
    {
        Assert.Equal(100, new RaydocsOptions().RateLimit.PermitLimit);
        Assert.Equal(TimeSpan.FromMinutes(1), new RaydocsOptions().RateLimit.Window);
        Assert.Equal(0, new KodexaOptions().RateLimit.PermitLimit);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SessionSdk:Raydocs:Token"] = "rd_test_token",
            ["SessionSdk:Raydocs:RateLimit:PermitLimit"] = "40",
            ["SessionSdk:Raydocs:RateLimit:Window"] = "00:00:30",
            ["SessionSdk:Raydocs:RateLimit:WaitForPermit"] = "false",
            ["SessionSdk:Kodexa:ApiKey"] = "kdx-test-key",
            ["SessionSdk:Kodexa:RateLimit:PermitLimit"] = "-1",
        }).Build();
        var services = new ServiceCollection();
        services.AddSessionClients(configuration.GetSection("SessionSdk"));
        using var provider = services.BuildServiceProvider();

        var raydocs = provider.GetRequiredService<IOptionsMonitor<RaydocsOptions>>().Get("raydocs").RateLimit;
        Assert.Equal((40, TimeSpan.FromSeconds(30), false), (raydocs.PermitLimit, raydocs.Window, raydocs.WaitForPermit));
        var invalid = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<KodexaOptions>>().Get("kodexa"));
        Assert.Contains("RateLimit", invalid.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _vendor.Dispose();
}
