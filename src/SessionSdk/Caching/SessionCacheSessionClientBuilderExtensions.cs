using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace SessionSdk;

/// <summary>Places the SDK's session cache in a <see cref="SessionClientBuilder"/> pipeline.</summary>
public static class SessionCacheSessionClientBuilderExtensions
{
    /// <summary>
    /// Caches <see cref="ISessionClient.GetSessionAsync"/> at this point of the pipeline in the services'
    /// <see cref="HybridCache"/> (an in-memory copy per process in front of the app's <c>IDistributedCache</c>, when one is
    /// registered). The SDK's own update and delete remove the entry at once; other processes' in-memory copies live on for
    /// at most <see cref="SessionCacheOptions.LocalCacheExpiration"/>. Listings and errors are not cached. A client that is
    /// not one of the SDK's providers is passed through uncached.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="configure">Sets how long entries live; <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// In dependency injection, <c>SessionClientsBuilder.UseSessionCache(registrationName)</c> is the shorter way: it also
    /// registers <see cref="HybridCache"/> and validates the options at start-up.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="OptionsValidationException">The options are out of range (when the pipeline is built).</exception>
    /// <exception cref="InvalidOperationException">The pipeline's services have no <see cref="HybridCache"/> (when it is built).</exception>
    public static SessionClientBuilder UseSessionCache(this SessionClientBuilder builder, Action<SessionCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new SessionCacheOptions();
        configure?.Invoke(options);
        return builder.Use((inner, services) =>
        {
            var result = new SessionCacheOptionsValidator().Validate(null, options);
            if (result.Failed)
            {
                throw new OptionsValidationException(Options.DefaultName, typeof(SessionCacheOptions), result.Failures);
            }

            return CachingSessionClient.Create(inner, services, options);
        });
    }
}
