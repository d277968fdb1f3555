using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StackExchange.Redis;

namespace SessionSdk.ScaleOutTests.Infrastructure;

/// <summary>One replica of an app: its own service provider (own in-memory cache, own limiters), optionally sharing a Redis.</summary>
public sealed class Replica : IDisposable
{
    private Replica(ServiceProvider services)
    {
        Services = services;
    }

    public ServiceProvider Services { get; }

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public ISessionClient Client(string name) => Services.GetRequiredKeyedService<ISessionClient>(name);

    /// <summary>Starts a replica.</summary>
    /// <param name="register">Adds the providers (and cache, limits) to the SDK builder.</param>
    /// <param name="redis">The shared Redis for rate limits and the L2 cache, or null for none.</param>
    /// <param name="cacheInstance">The key prefix of the shared cache, unique per test so test runs never see each other's entries.</param>
    /// <param name="time">The clock of the in-memory cache (and the SDK), or null for the system clock.</param>
    /// <param name="configureServices">Anything else the app registers.</param>
    public static Replica Start(Action<SessionClientsBuilder> register, IConnectionMultiplexer? redis = null, string? cacheInstance = null, TimeProvider? time = null, Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        configureServices?.Invoke(services);
        services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        if (time is not null)
        {
            services.AddSingleton(time);
            services.Configure<MemoryCacheOptions>(o => o.Clock = new TimeProviderClock(time));
        }

        if (redis is not null && cacheInstance is not null)
        {
            services.AddStackExchangeRedisCache(o =>
            {
                o.ConnectionMultiplexerFactory = () => Task.FromResult(redis);
                o.InstanceName = cacheInstance;
            });
        }

        var builder = services.AddSessionClients();
        if (redis is not null)
        {
            builder.UseDistributedRateLimits(_ => redis);
        }

        register(builder);
        return new Replica(services.BuildServiceProvider(validateScopes: true));
    }

    public void Dispose() => Services.Dispose();

#pragma warning disable CS0618 // MemoryCacheOptions.Clock still takes the older clock interface.
    private sealed class TimeProviderClock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
#pragma warning restore CS0618
}
