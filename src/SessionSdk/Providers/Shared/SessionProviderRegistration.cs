using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace SessionSdk;

/// <summary>The registration steps every provider shares: validated named options, typed Refit APIs, credentials.</summary>
internal static class SessionProviderRegistration
{
    /// <summary>How an <c>Add{Vendor}(configure)</c> overload sets its options.</summary>
    public static Action<OptionsBuilder<TOptions>> Configure<TOptions>(Action<TOptions> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(configure);
        return options => options.Configure(configure);
    }

    /// <summary>
    /// The registration every provider starts with: validated named options, and the one HTTP pipeline of the
    /// registration, sending the options' <see cref="SessionProviderOptions.GetCredential"/> when the vendor has one.
    /// The caller then adds its typed APIs and clients.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="providerByInterface">The provider name a typed API's requests belong to, where not <paramref name="name"/>.</param>
    /// <returns>How to read the options, and the HTTP pipeline for vendor handlers.</returns>
    public static (Func<IServiceProvider, TOptions> Options, IHttpClientBuilder Http) AddProvider<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(
        SessionClientsBuilder builder,
        string name,
        Action<OptionsBuilder<TOptions>> configure,
        IReadOnlyDictionary<Type, string>? providerByInterface = null)
        where TOptions : SessionProviderOptions, new()
        where TValidator : class, IValidateOptions<TOptions>
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = AddProviderOptions<TOptions, TValidator>(services, name, configure);

        // Whether the vendor sends a credential at all is the vendor's, not the configuration's: ask a default instance.
        Func<IServiceProvider, CredentialHandler>? credentialHandler = new TOptions().GetCredential() is null
            ? null
            : sp => CredentialHandler(sp, name, options(sp).GetCredential()!);
        var http = services.AddSessionHttpClient(SessionClientsBuilder.GetHttpClientName(name), name, options, credentialHandler, providerByInterface);
        return (options, http);
    }

    /// <summary>Adds named options validated at start-up, and returns how to read them.</summary>
    private static Func<IServiceProvider, TOptions> AddProviderOptions<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(
        IServiceCollection services,
        string name,
        Action<OptionsBuilder<TOptions>> configure)
        where TOptions : SessionProviderOptions
        where TValidator : class, IValidateOptions<TOptions>
    {
        configure(services.AddOptions<TOptions>(name).ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        services.TryAddKeyedSingleton<CredentialCacheSlot>(name);
        return sp => sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);
    }

    /// <summary>
    /// Adds a typed Refit API on the registration's HTTP pipeline: keyed by the registration name, and unkeyed for the
    /// first registration of that API. Session clients take the registration's <see cref="RefitApiCache{TApi}"/>
    /// (<see cref="Api{TApi}"/>), so no call builds a client.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="registrationName">The provider registration name.</param>
    /// <param name="context">The provider's source-generated JSON context.</param>
    /// <param name="errorProviderName">The provider name unreadable bodies are reported under, when not the registration name.</param>
    public static void AddRefitApi<TApi>(IServiceCollection services, string registrationName, JsonSerializerContext context, string? errorProviderName = null)
        where TApi : class
    {
        AddRefitApiCache<TApi>(services, registrationName, context, errorProviderName);
        services.AddKeyedTransient<TApi>(registrationName, (sp, key) => sp.GetRequiredKeyedService<RefitApiCache<TApi>>(key).Api);
        services.TryAddTransient(sp => sp.GetRequiredKeyedService<TApi>(registrationName));
    }

    /// <summary>
    /// Adds only the registration's <see cref="RefitApiCache{TApi}"/> of a Refit API: for the SDK's own internal
    /// interfaces, which users do not resolve.
    /// </summary>
    public static void AddRefitApiCache<TApi>(IServiceCollection services, string registrationName, JsonSerializerContext context, string? errorProviderName = null)
        where TApi : class
    {
        var httpClientName = SessionClientsBuilder.GetHttpClientName(registrationName);
        var settings = SessionRefitSettings.Create(context, errorProviderName ?? registrationName);
        services.AddKeyedSingleton(registrationName, (sp, _) =>
        {
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            return new RefitApiCache<TApi>(() => RestService.ForGenerated<TApi>(factory.CreateClient(httpClientName), settings));
        });
    }

    /// <summary>The registration's cached typed Refit client, for a session client to read per call.</summary>
    public static Func<TApi> Api<TApi>(IServiceProvider services, string registrationName)
        where TApi : class
    {
        var cache = services.GetRequiredKeyedService<RefitApiCache<TApi>>(registrationName);
        return () => cache.Api;
    }

    /// <summary>
    /// A credential handler over the registration's one credential cache: a rotating callback when there is one, else
    /// the static value.
    /// </summary>
    /// <param name="services">The service provider.</param>
    /// <param name="registrationName">The provider registration name.</param>
    /// <param name="headerName">The header the credential goes in.</param>
    /// <param name="scheme">The scheme before the value (<c>Bearer</c>), or <see langword="null"/>.</param>
    /// <param name="provider">The rotating-credential callback, or <see langword="null"/>.</param>
    /// <param name="value">The static credential, used when there is no callback.</param>
    /// <param name="optionNames">The options the callback and the static value come from, for error messages (for example <c>{Vendor}Options.ApiKeyProvider</c>).</param>
    public static CredentialHandler CredentialHandler(
        IServiceProvider services,
        string registrationName,
        string headerName,
        string? scheme,
        Func<CancellationToken, ValueTask<SessionCredential>>? provider,
        string? value,
        (string Provider, string Value) optionNames)
    {
        var cache = services.GetRequiredKeyedService<CredentialCacheSlot>(registrationName).GetOrCreate(() =>
            provider is not null ? new CredentialCache(provider, services.GetTimeProvider(), optionNames.Provider, scheme) : CredentialCache.Static(value!, optionNames.Value, scheme));
        return new CredentialHandler(headerName, cache, registrationName);
    }

    /// <summary>The credential handler for a provider's <see cref="SessionCredentialSource"/>.</summary>
    private static CredentialHandler CredentialHandler(IServiceProvider services, string registrationName, SessionCredentialSource source) =>
        CredentialHandler(services, registrationName, source.HeaderName, source.Scheme, source.Provider, source.Value, (source.ProviderOption, source.ValueOption));
}
