using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SessionSdk;
using SessionSdk.Providers.Raydocs;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Raydocs provider to <see cref="SessionClientsBuilder"/>.</summary>
public static class RaydocsSessionClientsBuilderExtensions
{
    /// <summary>The default registration name.</summary>
    public const string DefaultName = "raydocs";

    /// <summary>
    /// Adds Raydocs extraction sessions (keyed <c>{name}</c>) and the typed Refit APIs
    /// (<see cref="IRaydocsExtractionSessionsApi"/>, <see cref="IRaydocsDocumentsApi"/>, <see cref="IRaydocsResultsApi"/>,
    /// <see cref="IRaydocsBatchApi"/>, keyed <c>{name}</c> and, for the first registration, unkeyed), all on one HTTP pipeline.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configure">Sets the options; <see cref="RaydocsOptions.Token"/> (or <see cref="RaydocsOptions.TokenProvider"/>) is required.</param>
    /// <param name="name">The registration name, for a second account beside the first; default <c>raydocs</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">A provider is already registered under that name.</exception>
    public static SessionClientsBuilder AddRaydocs(this SessionClientsBuilder builder, Action<RaydocsOptions> configure, string name = DefaultName) =>
        builder.AddRaydocsCore(name, SessionProviderRegistration.Configure(configure));

    /// <summary>Adds the Raydocs provider with options bound from a configuration section (for example <c>SessionSdk:Raydocs</c>).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configuration">The section holding <see cref="RaydocsOptions"/> (<c>Token</c>, <c>BaseAddress</c>, …).</param>
    /// <param name="name">The registration name; default <c>raydocs</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">A provider is already registered under that name.</exception>
    public static SessionClientsBuilder AddRaydocs(this SessionClientsBuilder builder, IConfiguration configuration, string name = DefaultName)
    {
        // Bound here, on the concrete type, so the configuration binder's source generator covers it.
        ArgumentNullException.ThrowIfNull(configuration);
        return builder.AddRaydocsCore(name, options => options.Bind(configuration));
    }

    /// <summary>
    /// Gets the name of the plain <see cref="HttpClient"/> (from <see cref="IHttpClientFactory"/>) that PUTs files to
    /// pre-signed storage URLs for a registration (<c>UploadDocumentAsync</c>). It carries no Raydocs token and follows
    /// no redirects; configure it, for example with a proxy, through <c>services.AddHttpClient(name)</c>.
    /// </summary>
    /// <param name="registrationName">The Raydocs registration name, for example <c>raydocs</c>.</param>
    /// <returns>The client name.</returns>
    public static string GetStorageHttpClientName(string registrationName) =>
        SessionClientsBuilder.GetHttpClientName(registrationName) + ".storage";

    private static SessionClientsBuilder AddRaydocsCore(this SessionClientsBuilder builder, string name, Action<OptionsBuilder<RaydocsOptions>> configure)
    {
        var (Options, _) = SessionProviderRegistration.AddProvider<RaydocsOptions, RaydocsOptionsValidator>(builder, name, configure);
        var services = builder.Services;

        SessionProviderRegistration.AddRefitApi<IRaydocsExtractionSessionsApi>(services, name, RaydocsJsonContext.Default);
        SessionProviderRegistration.AddRefitApi<IRaydocsDocumentsApi>(services, name, RaydocsJsonContext.Default);
        SessionProviderRegistration.AddRefitApi<IRaydocsResultsApi>(services, name, RaydocsJsonContext.Default);
        SessionProviderRegistration.AddRefitApi<IRaydocsBatchApi>(services, name, RaydocsJsonContext.Default);

        var storageClientName = GetStorageHttpClientName(name);
        services.AddHttpClient(storageClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(10) })
            .RemoveAllLoggers();
        services.AddKeyedSingleton(name, (sp, _) => new RaydocsStorageUploader(
            sp.GetRequiredService<IHttpClientFactory>(), storageClientName, name, Options(sp).BaseAddress ?? RaydocsOptions.DefaultBaseAddress));

        builder.AddClient(name, sp => new RaydocsSessionClient(name, SessionProviderRegistration.Api<IRaydocsExtractionSessionsApi>(sp, name), Options(sp), sp));
        return builder;
    }
}
