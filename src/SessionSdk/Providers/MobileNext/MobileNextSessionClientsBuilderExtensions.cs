using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SessionSdk;
using SessionSdk.Providers.MobileNext;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Mobile Next provider to <see cref="SessionClientsBuilder"/>.</summary>
public static class MobileNextSessionClientsBuilderExtensions
{
    /// <summary>The default registration name.</summary>
    public const string DefaultName = "mobilenext";

    /// <summary>
    /// Adds Mobile Next device sessions (keyed <c>{name}</c>) and the typed Refit API
    /// (<see cref="IMobileNextSessionsApi"/>), over one HTTP pipeline that sends <c>Authorization: Bearer …</c> and,
    /// when set, <c>X-Organization-Id</c>.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configure">Sets the options; <see cref="MobileNextOptions.ApiKey"/> (or <see cref="MobileNextOptions.ApiKeyProvider"/>) is required.</param>
    /// <param name="name">The registration name, for a second organization or account beside the first; default <c>mobilenext</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">A provider is already registered under that name.</exception>
    public static SessionClientsBuilder AddMobileNext(this SessionClientsBuilder builder, Action<MobileNextOptions> configure, string name = DefaultName) =>
        builder.AddMobileNextCore(name, SessionProviderRegistration.Configure(configure));

    /// <summary>Adds the Mobile Next provider with options bound from a configuration section (for example <c>SessionSdk:MobileNext</c>).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configuration">The section holding <see cref="MobileNextOptions"/> (<c>ApiKey</c>, <c>OrganizationId</c>, <c>BaseAddress</c>, …).</param>
    /// <param name="name">The registration name; default <c>mobilenext</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">A provider is already registered under that name.</exception>
    public static SessionClientsBuilder AddMobileNext(this SessionClientsBuilder builder, IConfiguration configuration, string name = DefaultName)
    {
        // Bound here, on the concrete type, so the configuration binder's source generator covers it.
        ArgumentNullException.ThrowIfNull(configuration);
        return builder.AddMobileNextCore(name, options => options.Bind(configuration));
    }

    private static SessionClientsBuilder AddMobileNextCore(this SessionClientsBuilder builder, string name, Action<OptionsBuilder<MobileNextOptions>> configure)
    {
        var (Options, http) = SessionProviderRegistration.AddProvider<MobileNextOptions, MobileNextOptionsValidator>(builder, name, configure);
        http.AddHttpMessageHandler(sp => new MobileNextOrganizationHandler(Options(sp).OrganizationId));
        var services = builder.Services;

        SessionProviderRegistration.AddRefitApi<IMobileNextSessionsApi>(services, name, MobileNextJsonContext.Default);

        builder.AddClient(name, sp => new MobileNextSessionClient(name, SessionProviderRegistration.Api<IMobileNextSessionsApi>(sp, name), Options(sp), sp));
        return builder;
    }
}
