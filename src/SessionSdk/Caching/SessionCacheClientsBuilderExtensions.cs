using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SessionSdk;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds a shared cache for session reads to a provider registration.</summary>
public static class SessionCacheClientsBuilderExtensions
{
    /// <summary>
    /// Caches <see cref="ISessionClient.GetSessionAsync"/> of one provider registration in <see cref="HybridCache"/>: an
    /// in-memory copy per process, in front of the app's <c>IDistributedCache</c> (register Redis with
    /// <c>services.AddStackExchangeRedisCache(…)</c> to share it between replicas). The SDK's own update and delete remove
    /// the entry from the shared cache at once; other replicas' in-memory copies live on for at most
    /// <see cref="SessionCacheOptions.LocalCacheExpiration"/>. Listings are not cached. If the shared cache fails, reads
    /// fall back to the in-memory copy and the vendor, with a logged warning.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="registrationName">The provider registration to cache, for example <c>kodexa</c>; register it first.</param>
    /// <param name="configure">Sets how long entries live; <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">No provider is registered under <paramref name="registrationName"/> yet.</exception>
    public static SessionClientsBuilder UseSessionCache(this SessionClientsBuilder builder, string registrationName, Action<SessionCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(registrationName);
        var services = builder.Services;
        var index = FindClient(services, registrationName);
        var descriptor = services[index];
        var inner = descriptor.KeyedImplementationFactory!;

        services.AddHybridCache();
        var optionsBuilder = services.AddOptions<SessionCacheOptions>(registrationName).ValidateOnStart();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SessionCacheOptions>, SessionCacheOptionsValidator>());
        services[index] = ServiceDescriptor.KeyedSingleton<ISessionClient>(descriptor.ServiceKey, (sp, key) => new CachingSessionClient(
            (ISessionClient)inner(sp, key),
            sp.GetRequiredService<HybridCache>(),
            sp.GetRequiredService<IOptionsMonitor<SessionCacheOptions>>().Get(registrationName),
            sp.GetService<ILoggerFactory>()?.CreateLogger("SessionSdk.Cache") ?? NullLogger.Instance));
        return builder;
    }

    private static int FindClient(IServiceCollection services, string registrationName)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType == typeof(ISessionClient)
                && descriptor.IsKeyedService
                && descriptor.ServiceKey is string key
                && string.Equals(key, registrationName, StringComparison.OrdinalIgnoreCase)
                && descriptor.KeyedImplementationFactory is not null)
            {
                return i;
            }
        }

        throw new InvalidOperationException(
            $"No session provider is registered as '{registrationName}' yet; call UseSessionCache after the provider's Add method (for example AddKodexa).");
    }
}
