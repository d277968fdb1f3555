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
    /// <summary>Adds named options validated at start-up, and returns how to read them.</summary>
    public static Func<IServiceProvider, TOptions> AddProviderOptions<
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
    /// <param name="optionNames">The options the callback and the static value come from, for error messages (for example <c>KodexaOptions.ApiKeyProvider</c>).</param>
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
            provider is not null ? new CredentialCache(provider, services.GetTimeProvider(), optionNames.Provider) : CredentialCache.Static(value!, optionNames.Value));
        return new CredentialHandler(headerName, scheme, cache, registrationName);
    }
}
