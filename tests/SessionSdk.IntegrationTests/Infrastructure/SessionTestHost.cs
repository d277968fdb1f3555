using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.Server;

namespace SessionSdk.IntegrationTests.Infrastructure;

/// <summary>A WireMock server on loopback plus a service provider wired to it, disposed together.</summary>
public sealed class SessionTestHost : IDisposable
{
    private SessionTestHost(WireMockServer server, ServiceProvider services, FakeTimeProvider time)
    {
        Server = server;
        Services = services;
        Time = time;
    }

    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    /// <summary>Virtual time: nothing in these tests waits on the wall clock.</summary>
    public FakeTimeProvider Time { get; }

    public Uri BaseAddress => new(Server.Url!);

    public static SessionTestHost Start(Action<SessionClientsBuilder, Uri> register, Action<IServiceCollection>? services = null)
    {
        var server = WireMockServer.Start();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(time);
        services?.Invoke(collection);
        register(collection.AddSessionClients(), new Uri(server.Url!));
        return new SessionTestHost(server, collection.BuildServiceProvider(validateScopes: true), time);
    }

    public ISessionClient Client(string name) => Services.GetRequiredKeyedService<ISessionClient>(name);

    public void Dispose()
    {
        Services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
