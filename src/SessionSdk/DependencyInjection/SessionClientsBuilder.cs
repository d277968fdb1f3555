using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SessionSdk;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers session providers. Returned by <see cref="SessionClientsServiceCollectionExtensions.AddSessionClients(IServiceCollection)"/>;
/// each provider adds an <c>Add&lt;Vendor&gt;</c> extension method to it.
/// </summary>
public sealed partial class SessionClientsBuilder
{
    internal SessionClientsBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>Gets the service collection the providers are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the name of the <see cref="HttpClient"/> (in <c>IHttpClientFactory</c>) a provider registration uses.</summary>
    /// <param name="registrationName">The provider registration name, for example <c>kodexa</c>.</param>
    /// <returns>The <see cref="HttpClient"/> name.</returns>
    public static string GetHttpClientName(string registrationName) => "SessionSdk." + registrationName;

    /// <summary>
    /// Changes a provider registration's HTTP pipeline, for example to add a handler or a proxy. Handlers added here
    /// run after the SDK's own (errors, resilience, credentials, size cap), once per attempt.
    /// </summary>
    /// <param name="registrationName">The provider registration name, for example <c>kodexa</c>.</param>
    /// <param name="configure">Changes to the <see cref="IHttpClientBuilder"/>.</param>
    /// <returns>This builder.</returns>
    public SessionClientsBuilder ConfigureHttpClient(string registrationName, Action<IHttpClientBuilder> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(registrationName);
        ArgumentNullException.ThrowIfNull(configure);
        configure(Services.AddHttpClient(GetHttpClientName(registrationName)));
        return this;
    }

    /// <summary>
    /// Changes the settings of the composite client — the non-keyed <see cref="ISessionClient"/> over every registered
    /// provider (<see cref="CompositeSessionClient"/>). Invalid values fail at start-up, or when the client is first resolved.
    /// </summary>
    /// <param name="configure">Changes to <see cref="CompositeSessionClientOptions"/>.</param>
    /// <returns>This builder.</returns>
    public SessionClientsBuilder ConfigureComposite(Action<CompositeSessionClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>Registers a session client under a provider name: as a keyed <see cref="ISessionClient"/> and in <see cref="ISessionClientProvider"/>.</summary>
    internal void AddClient(string name, Func<IServiceProvider, ISessionClient> factory)
    {
        ValidateName(name);
        foreach (var descriptor in Services)
        {
            if (descriptor.ServiceType == typeof(SessionClientRegistration)
                && descriptor.ImplementationInstance is SessionClientRegistration existing
                && string.Equals(existing.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"A session provider named '{name}' is already registered; pass another registration name.");
            }
        }

        Services.AddSingleton(new SessionClientRegistration(name));
        var pipelines = SessionClientPipelines.For(Services);
        Services.AddKeyedSingleton<ISessionClient>(name, (sp, _) => pipelines.Build(sp, name, factory));
    }

    internal static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid registration name: use letters, digits, '-', '_' or '.', starting with a letter or digit (a '/' would break qualified ids).", nameof(name));
        }
    }

    internal static void AddCore(IServiceCollection services)
    {
        services.TryAddSingleton<ISessionClientProvider>(static sp => SessionClientProvider.FromServices(sp, sp.GetServices<SessionClientRegistration>()));

        // The composite's pipeline is the one non-keyed ISessionClient; providers register theirs keyed by name only.
        services.AddOptions<CompositeSessionClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CompositeSessionClientOptions>, CompositeSessionClientOptionsValidator>());
        services.TryAddSingleton(sp => new CompositeSessionClient(
            sp.GetRequiredService<ISessionClientProvider>(),
            sp.GetRequiredService<IOptions<CompositeSessionClientOptions>>().Value)
        {
            TimeProvider = sp.GetTimeProvider(),
        });
        var pipelines = SessionClientPipelines.For(services);
        services.TryAddSingleton<ISessionClient>(sp => pipelines.Build(sp, registrationName: null, static sp => sp.GetRequiredService<CompositeSessionClient>()));
        services.TryAddSingleton(static sp => new SessionMetrics(sp.GetService<IMeterFactory>()));
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")]
    private static partial Regex NamePattern();
}
