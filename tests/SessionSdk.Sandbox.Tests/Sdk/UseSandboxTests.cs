using Microsoft.Extensions.Options;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.Sandbox.Tests.Sdk;

/// <summary>
/// <c>UseSandbox</c>: which providers it registers, against what, and how to keep a real vendor. Written for any set
/// of providers, so the tests keep holding (and cover them) as providers are added to <c>UseSandbox</c>.
/// </summary>
public sealed class UseSandboxTests : IAsyncLifetime
{
    private const string MissingId = "00000000-0000-4000-8000-000000000000";
    private SessionSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { SeedData = false });

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task All_RegistersKodexa_WithTheSandboxAddressAndKey()
    {
        await using var provider = Build(b => b.UseSandbox(_sandbox));

        var names = provider.GetRequiredService<ISessionClientProvider>().ProviderNames;
        Assert.Contains("kodexa", names);
        Assert.Contains("kodexa-agents", names);
        var options = provider.GetRequiredService<IOptionsMonitor<KodexaOptions>>().Get("kodexa");
        Assert.Equal(_sandbox.KodexaBaseAddress, options.BaseAddress);
        Assert.Equal(_sandbox.KodexaApiKey, options.ApiKey);
    }

    [Fact]
    public async Task All_EveryRegisteredProviderTalksToTheSandbox_AndGetsItsTypedNotFound()
    {
        await using var provider = Build(b => b.UseSandbox(_sandbox));
        var clients = provider.GetRequiredService<ISessionClientProvider>();
        var ports = new[] { _sandbox.KodexaBaseAddress, _sandbox.RaydocsBaseAddress, _sandbox.MidPilotBaseAddress, _sandbox.MobileNextBaseAddress }.Select(a => a.Port);

        foreach (var name in clients.ProviderNames)
        {
            var client = clients.GetClient(name);
            Assert.Equal("127.0.0.1", client.Metadata.Endpoint?.Host);
            Assert.Contains(client.Metadata.Endpoint!.Port, ports);
            var error = await Assert.ThrowsAsync<SessionNotFoundException>(() => client.GetSessionAsync(MissingId));
            Assert.False(string.IsNullOrEmpty(error.VendorMessage), name);
        }
    }

    [Fact]
    public async Task LeavingAVendorOut_LetsTheRealOneBeRegistered()
    {
        await using var provider = Build(b => b
            .AddKodexa(o => { o.ApiKey = "real-key"; o.BaseAddress = new Uri("https://platform.kodexa.ai"); })
            .UseSandbox(_sandbox, SandboxVendors.All & ~SandboxVendors.Kodexa));

        var options = provider.GetRequiredService<IOptionsMonitor<KodexaOptions>>().Get("kodexa");
        Assert.Equal(new Uri("https://platform.kodexa.ai"), options.BaseAddress);
        Assert.Equal("real-key", options.ApiKey);
    }

    [Fact]
    public async Task Predicate_IsAskedOncePerVendor_AndOnlySelectedVendorsAreRegistered()
    {
        var asked = new List<SandboxVendors>();

        await using var provider = Build(b => b.UseSandbox(_sandbox, vendor =>
        {
            asked.Add(vendor);
            return vendor != SandboxVendors.Kodexa;
        }));

        Assert.Equal([SandboxVendors.Kodexa, SandboxVendors.Raydocs, SandboxVendors.MidPilot, SandboxVendors.MobileNext], asked);
        var names = provider.GetRequiredService<ISessionClientProvider>().ProviderNames;
        Assert.DoesNotContain("kodexa", names);
        Assert.DoesNotContain("kodexa-agents", names);
    }

    [Fact]
    public async Task None_RegistersNothing()
    {
        await using var provider = Build(b => b.UseSandbox(_sandbox, SandboxVendors.None));

        Assert.Empty(provider.GetRequiredService<ISessionClientProvider>().ProviderNames);
    }

    [Fact]
    public void RegisteringKodexaTwice_Throws()
    {
        var builder = new ServiceCollection().AddSessionClients().UseSandbox(_sandbox);

        Assert.Throws<InvalidOperationException>(() => builder.UseSandbox(_sandbox, SandboxVendors.Kodexa));
    }

    private static ServiceProvider Build(Action<SessionClientsBuilder> register)
    {
        var services = new ServiceCollection();
        register(services.AddSessionClients());
        return services.BuildServiceProvider(validateScopes: true);
    }
}
