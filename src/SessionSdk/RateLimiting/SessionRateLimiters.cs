using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RedisRateLimiting;
using StackExchange.Redis;

namespace SessionSdk;

/// <summary>
/// The process's rate limiters, one per vendor address and limit: registrations that reach the same vendor address with
/// the same limit share one budget (Raydocs counts per caller IP, not per API key).
/// </summary>
internal sealed class SessionRateLimiters : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<SessionRateLimiter>> _limiters = new(StringComparer.Ordinal);
    private readonly IServiceProvider _services;

    public SessionRateLimiters(IServiceProvider services)
    {
        _services = services;
    }

    /// <summary>The limiter for a registration, or <see langword="null"/> when it has no limit (then nothing is added to its pipeline).</summary>
    public SessionRateLimiter? For(SessionProviderOptions options)
    {
        var limit = options.RateLimit;
        if (limit is null || limit.PermitLimit <= 0 || options.BaseAddress is null)
        {
            return null;
        }

        var name = $"{options.BaseAddress.Authority}:{limit.PermitLimit}/{(long)limit.Window.TotalMilliseconds}ms";
        return _limiters.GetOrAdd(name, n => new Lazy<SessionRateLimiter>(() => Create(n, limit))).Value;
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values.Where(l => l.IsValueCreated))
        {
            limiter.Value.Dispose();
        }
    }

    private SessionRateLimiter Create(string name, SessionRateLimitOptions limit)
    {
        var local = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            SegmentsPerWindow = 10,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

        RateLimiter? shared = null;
        Func<bool> connected = static () => false;
        if (_services.GetService<SessionRateLimitConnection>() is { } connection)
        {
            var multiplexer = new Lazy<IConnectionMultiplexer>(() => connection.Factory(_services));
            shared = new RedisSlidingWindowRateLimiter<string>("SessionSdk:" + name, new RedisSlidingWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                ConnectionMultiplexerFactory = () => multiplexer.Value,
            });
            connected = () => multiplexer.Value.IsConnected;
        }

        var logger = _services.GetService<ILoggerFactory>()?.CreateLogger("SessionSdk.RateLimiting") ?? NullLogger.Instance;
        return new SessionRateLimiter(name, limit, local, shared, connected, logger);
    }
}
