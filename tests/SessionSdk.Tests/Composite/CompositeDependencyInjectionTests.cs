using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SessionSdk.Tests.Composite;

public sealed class CompositeDependencyInjectionTests
{
    [Fact]
    public async Task NonKeyedSessionClient_IsTheComposite_AndRoutesQualifiedIds()
    {
        var kodexa = new FakeSessionClient("kodexa", []);
        var services = new ServiceCollection();
        services.AddSessionClients().AddClient("kodexa", _ => kodexa);
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var client = provider.GetRequiredService<ISessionClient>();
        await client.GetSessionAsync("kodexa/abc");

        // The plain resolution is the composite's pipeline, around the one composite.
        Assert.Same(provider.GetRequiredService<CompositeSessionClient>(), client.GetService<CompositeSessionClient>());
        Assert.Equal(["Get:abc"], kodexa.Calls);
    }

    [Fact]
    public void ConfigureComposite_SetsTheOptions_AndInvalidValuesFailNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddSessionClients().ConfigureComposite(o => { o.MaxConcurrency = 0; o.FailFast = true; });
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISessionClient>());

        Assert.Contains("CompositeSessionClientOptions.MaxConcurrency", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompositeSection_IsBoundFromConfiguration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Composite:MaxConcurrency"] = "2", ["Composite:FailFast"] = "true", ["Composite:ProviderPageSize"] = "25" })
            .Build();
        var services = new ServiceCollection();
        services.AddSessionClients(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<ISessionClient>().GetService<CompositeSessionClientOptions>();

        Assert.NotNull(options);
        Assert.Equal(2, options.MaxConcurrency);
        Assert.True(options.FailFast);
        Assert.Equal(25, options.ProviderPageSize);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingTheOption()
    {
        var e = Assert.Throws<ArgumentException>(() => new CompositeSessionClient([], new CompositeSessionClientOptions { DefaultPageSize = 0, ProviderPageSize = 5000 }));

        Assert.Contains("DefaultPageSize", e.Message, StringComparison.Ordinal);
        Assert.Contains("ProviderPageSize", e.Message, StringComparison.Ordinal);
    }
}
