using SessionSdk.Tests.Composite;

namespace SessionSdk.Tests.Middleware;

/// <summary>The builder per registration, reached from AddSessionClients(): keyed, provider and plain resolutions return the pipeline.</summary>
public sealed class PipelineRegistrationTests
{
    private readonly List<string> _journal = [];
    private readonly FakeSessionClient _kodexa = new("kodexa", [FakeSessions.At("kodexa", "s-1", null)]);
    private readonly FakeSessionClient _raydocs = new("raydocs", [FakeSessions.At("raydocs", "r-1", null)]);

    [Fact]
    public async Task ConfigureClient_WrapsThatProvider_WhereverItIsResolved()
    {
        var services = new ServiceCollection();
        var builder = services.AddSessionClients().ConfigureClient("KODEXA", b => b.Use(c => new RecordingLayer(c, "audit", _journal)));
        builder.AddClient("kodexa", _ => _kodexa);
        builder.AddClient("raydocs", _ => _raydocs);
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var keyed = provider.GetRequiredKeyedService<ISessionClient>("kodexa");
        await keyed.GetSessionAsync("s-1");
        await provider.GetRequiredService<ISessionClientProvider>().GetClient("kodexa").GetSessionAsync("s-1");
        await provider.GetRequiredService<ISessionClient>().GetSessionAsync("kodexa/s-1");
        await provider.GetRequiredService<ISessionClient>().GetSessionAsync("raydocs/r-1");

        Assert.IsType<RecordingLayer>(keyed);
        Assert.Same(keyed, provider.GetRequiredService<ISessionClientProvider>().GetClient("kodexa"));
        Assert.Equal(["audit:Get", "audit:Get", "audit:Get"], _journal);
        Assert.Equal(["Get:s-1", "Get:s-1", "Get:s-1"], _kodexa.Calls);
        Assert.Same(_kodexa, keyed.GetService<FakeSessionClient>());
    }

    [Fact]
    public async Task ConfigureClients_WrapsEveryProvider_AddedBeforeOrAfter_InTheOrderConfigured()
    {
        var services = new ServiceCollection();
        var builder = services.AddSessionClients();
        builder.AddClient("kodexa", _ => _kodexa);
        builder.ConfigureClients(b => b.Use(c => new RecordingLayer(c, "all-" + c.Metadata.ProviderName, _journal)));
        builder.ConfigureClient("raydocs", b => b.Use(c => new RecordingLayer(c, "raydocs-only", _journal)));
        services.AddSessionClients().AddClient("raydocs", _ => _raydocs);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<ISessionClient>("kodexa").GetSessionAsync("s-1");
        await provider.GetRequiredKeyedService<ISessionClient>("raydocs").GetSessionAsync("r-1");

        Assert.Equal(["all-kodexa:Get", "all-raydocs:Get", "raydocs-only:Get"], _journal);
    }

    [Fact]
    public async Task ConfigureCompositeClient_WrapsThePlainClientOnly_OutsideTheProviders()
    {
        var services = new ServiceCollection();
        var builder = services.AddSessionClients();
        builder.AddClient("kodexa", _ => _kodexa);
        builder.ConfigureCompositeClient(b => b.Use(c => new RecordingLayer(c, "composite", _journal)))
            .ConfigureClients(b => b.Use(c => new RecordingLayer(c, "provider", _journal)));
        using var provider = services.BuildServiceProvider();

        var plain = provider.GetRequiredService<ISessionClient>();
        await plain.GetSessionPageAsync(new SessionQuery { PageSize = 5 });
        await provider.GetRequiredKeyedService<ISessionClient>("kodexa").GetSessionAsync("s-1");

        Assert.Equal(["composite:List", "provider:List", "provider:Get"], _journal);
        Assert.Equal("all", plain.Metadata.ProviderName);
        Assert.Same(provider.GetRequiredService<CompositeSessionClient>(), plain.GetService<CompositeSessionClient>());
        Assert.Same(provider.GetRequiredKeyedService<ISessionClient>("kodexa"), plain.ForProvider("kodexa"));
    }

    [Fact]
    public void EveryPipeline_HasTheSdkTelemetryInnermost_UnlessPlacedElsewhere()
    {
        ISessionClient? beneathDefault = null;
        ISessionClient? beneathPlaced = null;
        var services = new ServiceCollection();
        services.AddLogging();
        var builder = services.AddSessionClients();
        builder.AddClient("kodexa", _ => _kodexa);
        builder.AddClient("raydocs", _ => _raydocs);
        builder.ConfigureClient("kodexa", b => b.Use(c => beneathDefault = c))
            .ConfigureClient("raydocs", b => b.UseOpenTelemetry().Use(c => beneathPlaced = c));
        using var provider = services.BuildServiceProvider();

        var kodexa = provider.GetRequiredKeyedService<ISessionClient>("kodexa");
        var raydocs = provider.GetRequiredKeyedService<ISessionClient>("raydocs");

        // Default: user layers → telemetry → logging → provider.
        var telemetry = Assert.IsType<OpenTelemetrySessionClient>(beneathDefault);
        Assert.IsType<LoggingSessionClient>(telemetry.GetService<LoggingSessionClient>());
        Assert.Same(telemetry, kodexa);

        // Placed first: telemetry → user layer → logging → provider.
        Assert.IsType<OpenTelemetrySessionClient>(raydocs);
        Assert.IsType<LoggingSessionClient>(beneathPlaced);
        Assert.IsType<OpenTelemetrySessionClient>(provider.GetRequiredService<ISessionClient>());
    }

    [Fact]
    public void ConfigureClient_RejectsAnInvalidName()
    {
        var builder = new ServiceCollection().AddSessionClients();

        Assert.Throws<ArgumentException>(() => builder.ConfigureClient("a/b", _ => { }));
        Assert.Throws<ArgumentNullException>(() => builder.ConfigureClients(null!));
    }
}
