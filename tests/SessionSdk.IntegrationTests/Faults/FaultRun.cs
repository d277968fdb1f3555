using Microsoft.Extensions.Logging;
using SessionSdk.IntegrationTests.Infrastructure;

namespace SessionSdk.IntegrationTests.Faults;

/// <summary>One provider wired to a scripted transport under virtual time.</summary>
public sealed class FaultRun : IDisposable
{
    private readonly ServiceProvider _services;

    private FaultRun(ServiceProvider services, ScriptedTransport transport, VirtualTimeProvider time, string clientName)
    {
        _services = services;
        Transport = transport;
        Time = time;
        Client = services.GetRequiredKeyedService<ISessionClient>(clientName);
    }

    public ScriptedTransport Transport { get; }

    public VirtualTimeProvider Time { get; }

    public ISessionClient Client { get; }

    /// <summary>A run against Kodexa with the test's own option changes and, optionally, more registrations.</summary>
    public static FaultRun StartKodexa(Action<SessionSdk.Providers.Kodexa.KodexaOptions> configure, Func<VirtualTimeProvider, CancellationToken, Task<HttpResponseMessage>> behave, Action<SessionClientsBuilder>? more = null) =>
        Start(
            FaultProvider.All[0] with
            {
                Register = (b, uri, key) =>
                {
                    b.AddKodexa(o => { o.ApiKey = key; o.BaseAddress = uri; configure(o); });
                    more?.Invoke(b);
                },
            },
            behave);

    public static FaultRun Start(FaultProvider provider, Func<VirtualTimeProvider, CancellationToken, Task<HttpResponseMessage>> behave, Action<ILoggingBuilder>? logging = null)
    {
        var time = new VirtualTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var transport = new ScriptedTransport((_, ct) => behave(time, ct));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        if (logging is not null)
        {
            services.AddLogging(logging);
        }

        var builder = services.AddSessionClients();
        provider.Register(builder, new Uri("https://vendor.example.test/"), FaultProvider.CanaryKey);
        builder.ConfigureHttpClient(provider.HttpRegistration, b => b.ConfigurePrimaryHttpMessageHandler(() => transport));
        return new FaultRun(services.BuildServiceProvider(), transport, time, provider.Name);
    }

    public void Dispose() => _services.Dispose();
}
