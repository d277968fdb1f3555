using StackExchange.Redis;

namespace SessionSdk;

/// <summary>The Redis connection the app supplied for shared rate limits.</summary>
internal sealed record SessionRateLimitConnection(Func<IServiceProvider, IConnectionMultiplexer> Factory);
