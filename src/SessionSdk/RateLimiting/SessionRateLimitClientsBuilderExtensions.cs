using Microsoft.Extensions.DependencyInjection.Extensions;
using SessionSdk;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares the providers' client-side rate limits (<see cref="SessionProviderOptions.RateLimit"/>) between replicas.</summary>
public static class SessionRateLimitClientsBuilderExtensions
{
    /// <summary>
    /// Keeps every provider's <see cref="SessionProviderOptions.RateLimit"/> on Redis, so all replicas of the app (and all
    /// registrations for the same vendor address) share one budget per vendor address. The limit is a sliding window
    /// kept by <c>RedisRateLimiting</c>. When Redis cannot be reached, each process falls back to its own in-memory budget
    /// with a logged warning, and no call fails for it.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="connection">
    /// Hands out the app's Redis connection (asked when a limited provider first sends a request). Give it short timeouts
    /// (<c>connectTimeout</c>, <c>asyncTimeout</c>), <c>abortConnect=false</c> and <c>BacklogPolicy.FailFast</c>: a request
    /// asks Redis for a permit before it is sent. While the connection is down the SDK does not ask Redis at all.
    /// </param>
    /// <returns>The builder.</returns>
    public static SessionClientsBuilder UseDistributedRateLimits(this SessionClientsBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        builder.Services.RemoveAll<SessionRateLimitConnection>();
        builder.Services.AddSingleton(new SessionRateLimitConnection(connection));
        builder.Services.TryAddSingleton<SessionRateLimiters>();
        return builder;
    }
}
