using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
    /// fall back to the in-memory copy and the vendor, and HybridCache logs the failure.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="registrationName">The provider registration to cache, for example <c>kodexa</c>; it may be added before or after this call.</param>
    /// <param name="configure">Sets how long entries live; <see langword="null"/> for the defaults. Validated at start-up.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// The same as <c>ConfigureClient(registrationName, b =&gt; b.UseSessionCache(configure))</c>
    /// (<see cref="SessionCacheSessionClientBuilderExtensions.UseSessionCache"/>), plus <c>services.AddHybridCache()</c> and
    /// named, start-up-validated options. The cache is the outermost layer added so far: a hit sends no request and
    /// records no span.
    /// </remarks>
    public static SessionClientsBuilder UseSessionCache(this SessionClientsBuilder builder, string registrationName, Action<SessionCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(registrationName);
        var services = builder.Services;
        services.AddHybridCache();
        var options = services.AddOptions<SessionCacheOptions>(registrationName).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SessionCacheOptions>, SessionCacheOptionsValidator>());
        return builder.ConfigureClient(registrationName, pipeline => pipeline.Use((inner, sp) =>
            CachingSessionClient.Create(inner, sp, sp.GetRequiredService<IOptionsMonitor<SessionCacheOptions>>().Get(registrationName))));
    }
}
