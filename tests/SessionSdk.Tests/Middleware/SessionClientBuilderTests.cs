using SessionSdk.Tests.Composite;

namespace SessionSdk.Tests.Middleware;

public sealed class SessionClientBuilderTests
{
    [Fact]
    public async Task FirstUse_IsTheOutermostLayer()
    {
        var journal = new List<string>();
        var inner = new FakeSessionClient("kodexa", []);

        var client = new SessionClientBuilder(inner)
            .Use(c => new RecordingLayer(c, "outer", journal))
            .Use((c, _) => new RecordingLayer(c, "inner", journal))
            .Build();
        await client.GetSessionAsync("s-1");

        Assert.Equal(["outer:Get", "inner:Get"], journal);
        Assert.Same(inner, ((RecordingLayer)((RecordingLayer)client).Inner).Inner);
    }

    [Fact]
    public void Build_WithoutLayers_ReturnsTheInnerClient_AndPassesTheServices()
    {
        var inner = new FakeSessionClient("kodexa", []);
        IServiceProvider? seen = null;
        using var services = new ServiceCollection().BuildServiceProvider();

        var built = new SessionClientBuilder(sp => { seen = sp; return inner; }).Build(services);

        Assert.Same(inner, built);
        Assert.Same(services, seen);
        Assert.NotNull(new SessionClientBuilder(_ => inner).Build().GetService<FakeSessionClient>());
    }

    [Fact]
    public void ALayerReturningNull_FailsNamingTheLayer()
    {
        var builder = new SessionClientBuilder(new FakeSessionClient("kodexa", [])).Use(c => c).Use(_ => null!);

        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("Layer 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseOpenTelemetryAndUseLogging_PlaceTheirLayerOnce()
    {
        var inner = new FakeSessionClient("kodexa", []);
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();

        var client = new SessionClientBuilder(inner).UseOpenTelemetry().UseLogging().UseOpenTelemetry().UseLogging().Build(services);

        var telemetry = Assert.IsType<OpenTelemetrySessionClient>(client);
        var logging = Assert.IsType<LoggingSessionClient>(telemetry.GetService<LoggingSessionClient>());
        Assert.Same(inner, logging.GetService<FakeSessionClient>());
        Assert.Same(logging, client.GetService<LoggingSessionClient>());
    }

    [Fact]
    public void UseLogging_WithoutALoggerFactory_AddsNothing()
    {
        var inner = new FakeSessionClient("kodexa", []);

        Assert.Same(inner, new SessionClientBuilder(inner).UseLogging().Build());
    }
}
