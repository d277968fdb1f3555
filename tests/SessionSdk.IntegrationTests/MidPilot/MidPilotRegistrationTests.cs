using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.MidPilot;
using static SessionSdk.IntegrationTests.MidPilot.MidPilotWire;

namespace SessionSdk.IntegrationTests.MidPilot;

public sealed class MidPilotRegistrationTests
{
    [Fact]
    public void MissingBaseAddress_FailsNamingTheOption()
    {
        using var services = Build(_ => { });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredKeyedService<ISessionClient>("midpilot"));

        Assert.Contains("MidPilotOptions.BaseAddress is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainHttpToPrivateHost_IsRejectedByDefault()
    {
        using var services = Build(o => o.BaseAddress = new Uri("http://10.0.0.5:8090"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredKeyedService<ISessionClient>("midpilot"));

        Assert.Contains("MidPilotOptions.BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowInsecurePrivateNetwork", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainHttpToPrivateHost_IsAcceptedWhenOptedIn()
    {
        using var services = Build(o =>
        {
            o.BaseAddress = new Uri("http://10.0.0.5:8090");
            o.AllowInsecurePrivateNetwork = true;
        });

        var client = services.GetRequiredKeyedService<ISessionClient>("midpilot");

        Assert.Equal(new Uri("http://10.0.0.5:8090"), client.Metadata.Endpoint);
    }

    [Fact]
    public void PlainHttpToLocalhost_IsAccepted()
    {
        using var services = Build(o => o.BaseAddress = new Uri("http://localhost:8090"));

        var client = services.GetRequiredKeyedService<ISessionClient>("midpilot");

        Assert.Equal("midpilot", client.Metadata.ProviderName);
        Assert.Equal("midpilot.connector-session", client.Metadata.Kind);
        Assert.NotNull(client.GetService<IMidPilotSessionsApi>());
        Assert.NotNull(client.GetService<IMidPilotDocumentationApi>());
        Assert.NotNull(client.GetService<MidPilotOptions>());
        Assert.NotNull(services.GetRequiredService<IMidPilotSessionsApi>());
    }

    [Fact]
    public async Task BaseAddressWithApiV1Suffix_ReachesTheSamePaths()
    {
        using var host = SessionTestHost.Start((b, uri) => b.AddMidPilot(o => o.BaseAddress = new Uri(uri, "/api/v1/")));
        host.Respond("GET", SessionPath, 200, SessionSummary);

        await host.Client().GetSessionAsync(Id);

        host.AssertCalls($"GET {SessionPath}");
    }

    [Fact]
    public async Task ConfigurationSection_BindsBaseAddressAndName()
    {
        using var host = SessionTestHost.Start((b, uri) =>
        {
            var section = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["MidPilot:BaseAddress"] = new Uri(uri, "/api/v1").ToString() })
                .Build()
                .GetSection("MidPilot");
            b.AddMidPilot(section, name: "connectors");
        });
        host.Respond("HEAD", SessionPath, 204);

        Assert.True(await host.Client("connectors").SessionExistsAsync(Id));

        host.AssertCalls($"HEAD {SessionPath}");
    }

    private static ServiceProvider Build(Action<MidPilotOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSessionClients().AddMidPilot(configure);
        return services.BuildServiceProvider();
    }
}
