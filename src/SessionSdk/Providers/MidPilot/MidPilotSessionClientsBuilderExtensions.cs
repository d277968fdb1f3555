using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SessionSdk;
using SessionSdk.Providers.MidPilot;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the midPilot Connector Generator provider to <see cref="SessionClientsBuilder"/>.</summary>
public static class MidPilotSessionClientsBuilderExtensions
{
    /// <summary>The default registration name.</summary>
    public const string DefaultName = "midpilot";

    /// <summary>
    /// Adds midPilot connector-generator sessions (keyed <c>{name}</c>) and the typed Refit APIs
    /// (<see cref="IMidPilotSessionsApi"/>, <see cref="IMidPilotDocumentationApi"/>). The server is self-hosted and
    /// unauthenticated: no credential is sent.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configure">Sets the options; <see cref="SessionProviderOptions.BaseAddress"/> is required (for example <c>http://localhost:8090</c>).</param>
    /// <param name="name">The registration name, for a second server beside the first; default <c>midpilot</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">A provider is already registered under that name.</exception>
    public static SessionClientsBuilder AddMidPilot(this SessionClientsBuilder builder, Action<MidPilotOptions> configure, string name = DefaultName) =>
        builder.AddMidPilotCore(name, SessionProviderRegistration.Configure(configure));

    /// <summary>Adds the midPilot provider with options bound from a configuration section (for example <c>SessionSdk:MidPilot</c>).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configuration">The section holding <see cref="MidPilotOptions"/> (<c>BaseAddress</c>, <c>AllowInsecurePrivateNetwork</c>, …).</param>
    /// <param name="name">The registration name; default <c>midpilot</c>.</param>
    /// <returns>The builder.</returns>
    public static SessionClientsBuilder AddMidPilot(this SessionClientsBuilder builder, IConfiguration configuration, string name = DefaultName)
    {
        // Bound here, on the concrete type, so the configuration binder's source generator covers it.
        ArgumentNullException.ThrowIfNull(configuration);
        return builder.AddMidPilotCore(name, options => options.Bind(configuration));
    }

    private static SessionClientsBuilder AddMidPilotCore(this SessionClientsBuilder builder, string name, Action<OptionsBuilder<MidPilotOptions>> configure)
    {
        // No credential (MidPilotOptions.GetCredential() is null): the server documents no authentication.
        var (Options, _) = SessionProviderRegistration.AddProvider<MidPilotOptions, MidPilotOptionsValidator>(builder, name, configure);
        var services = builder.Services;

        SessionProviderRegistration.AddRefitApi<IMidPilotSessionsApi>(services, name, MidPilotJsonContext.Default);
        SessionProviderRegistration.AddRefitApi<IMidPilotDocumentationApi>(services, name, MidPilotJsonContext.Default);

        builder.AddClient(name, sp => new MidPilotSessionClient(name, SessionProviderRegistration.Api<IMidPilotSessionsApi>(sp, name), Options(sp), sp));
        return builder;
    }
}
