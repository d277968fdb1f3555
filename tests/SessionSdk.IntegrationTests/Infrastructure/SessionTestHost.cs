using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using SessionSdk.Providers.Kodexa;
using SessionSdk.Providers.MidPilot;
using SessionSdk.Providers.MobileNext;
using SessionSdk.Providers.Raydocs;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SessionSdk.IntegrationTests.Infrastructure;

/// <summary>A WireMock server on loopback plus a service provider wired to it, disposed together.</summary>
public sealed class SessionTestHost : IDisposable
{
    private readonly FirstAttemptFailureHandler.State? _chaos;

    private SessionTestHost(WireMockServer server, ServiceProvider services, VirtualTimeProvider time, FirstAttemptFailureHandler.State? chaos)
    {
        Server = server;
        Services = services;
        Time = time;
        _chaos = chaos;
    }

    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    /// <summary>Virtual time: back-off waits elapse at once, nothing in these tests waits on the wall clock.</summary>
    public VirtualTimeProvider Time { get; }

    public Uri BaseAddress => new(Server.Url!);

    public static SessionTestHost Start(Action<SessionClientsBuilder, Uri> register, Action<IServiceCollection>? services = null, bool? chaos = null)
    {
        var server = WireMockServer.Start();
        var time = new VirtualTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(time);
        services?.Invoke(collection);
        register(collection.AddSessionClients(), new Uri(server.Url!));

        // Registered after the providers, so it is the innermost handler: the retry sees its 503s.
        var chaosState = chaos ?? FirstAttemptFailureHandler.EnabledByEnvironment ? new FirstAttemptFailureHandler.State() : null;
        if (chaosState is not null)
        {
            collection.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(b => b.AdditionalHandlers.Add(new FirstAttemptFailureHandler(chaosState, RetriesAllowed(b)))));

            // Half of all safe attempts fail by construction here, which rightly opens a circuit breaker; this mode
            // tests retries, so the breaker is kept out of play (it has tests of its own).
            RelaxCircuitBreaker<KodexaOptions>(collection);
            RelaxCircuitBreaker<RaydocsOptions>(collection);
            RelaxCircuitBreaker<MidPilotOptions>(collection);
            RelaxCircuitBreaker<MobileNextOptions>(collection);
        }

        return new SessionTestHost(server, collection.BuildServiceProvider(validateScopes: true), time, chaosState);
    }

    /// <summary>Gets the chaos state when first attempts are being failed, else null.</summary>
    public FirstAttemptFailureHandler.State? Chaos => _chaos;

    /// <summary>Whether the SDK registration behind a named client retries (any other client is treated as one that does).</summary>
    private static bool RetriesAllowed(HttpMessageHandlerBuilder builder) =>
        builder.Services.GetKeyedService<SessionPipelineSetup>(builder.Name)?.Options(builder.Services) is not { } options
        || (options.UseResilience && options.MaxRetries > 0);

    private static void RelaxCircuitBreaker<TOptions>(IServiceCollection services)
        where TOptions : SessionProviderOptions =>
        services.PostConfigureAll<TOptions>(o => o.CircuitBreakerMinimumThroughput = 1_000_000);

    /// <summary>Answers requests matching <paramref name="request"/> with a JSON body.</summary>
    public void Respond(IRequestBuilder request, int status, string json) =>
        Server.Given(request).RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json));

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a body of <paramref name="contentType"/> (or none).</summary>
    public void Respond(string method, string path, int status, string? json = null, string contentType = "application/json")
    {
        var response = Response.Create().WithStatusCode(status);
        if (json is not null)
        {
            response = response.WithHeader("Content-Type", contentType).WithBody(json);
        }

        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    public ISessionClient Client(string name) => Services.GetRequiredKeyedService<ISessionClient>(name);

    public void Dispose()
    {
        Services.Dispose();
        Server.Stop();
        Server.Dispose();
        if (_chaos is not null)
        {
            Assert.Empty(_chaos.Violations);
        }
    }
}
