using Microsoft.Extensions.Logging;
using SessionSdk.IntegrationTests.Infrastructure;

namespace SessionSdk.IntegrationTests.Hostile;

/// <summary>The SDK wired to a <see cref="RawHttpServer"/> over a real loopback socket, under virtual time.</summary>
public sealed class RawRun : IAsyncDisposable
{
    private RawRun(RawHttpServer server, ServiceProvider services, VirtualTimeProvider time)
    {
        Server = server;
        Services = services;
        Time = time;
    }

    public RawHttpServer Server { get; }

    public ServiceProvider Services { get; }

    public VirtualTimeProvider Time { get; }

    public static RawRun Start(Func<RawRequest, byte[]> respond, Action<SessionClientsBuilder, Uri> register, Action<IServiceCollection>? services = null) =>
        Start(request => Task.FromResult(respond(request)), register, services);

    public static RawRun Start(Func<RawRequest, Task<byte[]>> respond, Action<SessionClientsBuilder, Uri> register, Action<IServiceCollection>? services = null)
    {
        var server = new RawHttpServer(respond);
        var time = new VirtualTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(time);
        services?.Invoke(collection);
        register(collection.AddSessionClients(), server.BaseAddress);
        return new RawRun(server, collection.BuildServiceProvider(), time);
    }

    public ISessionClient Client(string name) => Services.GetRequiredKeyedService<ISessionClient>(name);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
