using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SessionSdk;
using SessionSdk.Providers.Kodexa;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Kodexa provider to <see cref="SessionClientsBuilder"/>.</summary>
public static class KodexaSessionClientsBuilderExtensions
{
    /// <summary>The default registration name; the orchestrator-agent client is registered as <c>{name}-agents</c>.</summary>
    public const string DefaultName = "kodexa";

    /// <summary>
    /// Adds Kodexa sessions (keyed <c>{name}</c>) and orchestrator-agent sessions (keyed <c>{name}-agents</c>), their
    /// typed Refit APIs (<see cref="IKodexaSessionsApi"/>, <see cref="IKodexaOrchestratorAgentSessionsApi"/>,
    /// <see cref="IKodexaSessionExecutionsApi"/>), and one HTTP pipeline shared by all of them.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configure">Sets the options; <see cref="KodexaOptions.ApiKey"/> (or <see cref="KodexaOptions.ApiKeyProvider"/>) is required.</param>
    /// <param name="name">The registration name, for a second tenant beside the first; default <c>kodexa</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">A provider is already registered under that name.</exception>
    public static SessionClientsBuilder AddKodexa(this SessionClientsBuilder builder, Action<KodexaOptions> configure, string name = DefaultName) =>
        builder.AddKodexaCore(name, SessionProviderRegistration.Configure(configure));

    /// <summary>Adds the Kodexa provider with options bound from a configuration section (for example <c>SessionSdk:Kodexa</c>).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configuration">The section holding <see cref="KodexaOptions"/> (<c>ApiKey</c>, <c>BaseAddress</c>, …).</param>
    /// <param name="name">The registration name; default <c>kodexa</c>.</param>
    /// <returns>The builder.</returns>
    public static SessionClientsBuilder AddKodexa(this SessionClientsBuilder builder, IConfiguration configuration, string name = DefaultName)
    {
        // Bound here, on the concrete type, so the configuration binder's source generator covers it.
        ArgumentNullException.ThrowIfNull(configuration);
        return builder.AddKodexaCore(name, options => options.Bind(configuration));
    }

    private static SessionClientsBuilder AddKodexaCore(this SessionClientsBuilder builder, string name, Action<OptionsBuilder<KodexaOptions>> configure)
    {
        var agentsName = name + "-agents";
        var (Options, _) = SessionProviderRegistration.AddProvider<KodexaOptions, KodexaOptionsValidator>(
            builder,
            name,
            configure,
            new Dictionary<Type, string> { [typeof(IKodexaOrchestratorAgentSessionsApi)] = agentsName });
        var services = builder.Services;

        SessionProviderRegistration.AddRefitApi<IKodexaSessionsApi>(services, name, KodexaJsonContext.Default);
        SessionProviderRegistration.AddRefitApi<IKodexaOrchestratorAgentSessionsApi>(services, name, KodexaJsonContext.Default, agentsName);
        SessionProviderRegistration.AddRefitApi<IKodexaSessionExecutionsApi>(services, name, KodexaJsonContext.Default);
        SessionProviderRegistration.AddRefitApiCache<IKodexaResourceApi>(services, name, KodexaJsonContext.Default);

        builder.AddClient(name, sp => new KodexaSessionClient<KodexaSession>(
            name, name, KodexaResources.Sessions, SessionProviderRegistration.Api<IKodexaResourceApi>(sp, name), Options(sp), sp));
        builder.AddClient(agentsName, sp => new KodexaSessionClient<KodexaOrchestratorAgentSession>(
            agentsName, name, KodexaResources.AgentSessions, SessionProviderRegistration.Api<IKodexaResourceApi>(sp, name), Options(sp), sp));
        return builder;
    }
}
