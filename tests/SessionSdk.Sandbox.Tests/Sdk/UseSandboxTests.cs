using Microsoft.Extensions.Options;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.Sandbox.Tests.Sdk;

/// <summary><c>UseSandbox</c>: which providers it registers, against what, and how to keep a real vendor.</summary>
public sealed class UseSandboxTests : IAsyncLifetime
{
    private SessionSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { SeedData = false });

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task All_RegistersEveryAvailableProvider_WithTheSandboxAddressAndCredential()
    {
        var services = new ServiceCollection();
        services.AddSessionClients().UseSandbox(_sandbox);
        await using var provider = services.BuildServiceProvider();

        Assert.Equal(["kodexa", "kodexa-agents"], provider.GetRequiredService<ISessionClientProvider>().ProviderNames);
        var options = provider.GetRequiredService<IOptionsMonitor<KodexaOptions>>().Get("kodexa");
        Assert.Equal(_sandbox.KodexaBaseAddress, options.BaseAddress);
        Assert.Equal(_sandbox.KodexaApiKey, options.ApiKey);
    }

    [Fact]
    public async Task LeavingAVendorOut_LetsTheRealOneBeRegistered()
    {
        var services = new ServiceCollection();
        services.AddSessionClients()
            .AddKodexa(o => { o.ApiKey = "real-key"; o.BaseAddress = new Uri("https://platform.kodexa.ai"); })
            .UseSandbox(_sandbox, SandboxVendors.All & ~SandboxVendors.Kodexa);
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<KodexaOptions>>().Get("kodexa");
        Assert.Equal(new Uri("https://platform.kodexa.ai"), options.BaseAddress);
        Assert.Equal(["kodexa", "kodexa-agents"], provider.GetRequiredService<ISessionClientProvider>().ProviderNames);
    }

    [Fact]
    public async Task Predicate_SelectsVendorsOneByOne()
    {
        var asked = new List<SandboxVendors>();
        var services = new ServiceCollection();
        services.AddSessionClients().UseSandbox(_sandbox, vendor =>
        {
            asked.Add(vendor);
            return vendor != SandboxVendors.Kodexa;
        });
        await using var provider = services.BuildServiceProvider();

        Assert.Equal([SandboxVendors.Kodexa, SandboxVendors.Raydocs, SandboxVendors.MidPilot, SandboxVendors.MobileNext], asked);
        Assert.Empty(provider.GetRequiredService<ISessionClientProvider>().ProviderNames);
    }

    [Fact]
    public void RegisteringKodexaTwice_Throws()
    {
        var builder = new ServiceCollection().AddSessionClients().UseSandbox(_sandbox);

        Assert.Throws<InvalidOperationException>(() => builder.UseSandbox(_sandbox, SandboxVendors.Kodexa));
    }
}
