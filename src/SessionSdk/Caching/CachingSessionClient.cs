using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SessionSdk;

/// <summary>
/// Caches <see cref="ISessionClient.GetSessionAsync"/> in <see cref="HybridCache"/> (stampede-protected: concurrent
/// misses for one id send one request); the SDK's own update and delete remove the entry at once. Listings are not
/// cached: a page cannot be kept correct against creates and deletes elsewhere. A client that hands out no
/// <see cref="SessionCacheCodec"/> (not one of the SDK's providers) is passed through uncached.
/// </summary>
internal sealed partial class CachingSessionClient : DelegatingSessionClient
{
    private readonly HybridCache _cache;
    private readonly SessionCacheCodec? _codec;
    private readonly HybridCacheEntryOptions _entryOptions;
    private readonly string _keyPrefix;
    private readonly ILogger _logger;

    public CachingSessionClient(ISessionClient inner, HybridCache cache, SessionCacheOptions options, ILogger logger)
        : base(inner)
    {
        _cache = cache;
        _logger = logger;
        _codec = inner.GetService(typeof(SessionCacheCodec)) as SessionCacheCodec;
        _entryOptions = new HybridCacheEntryOptions
        {
            Expiration = options.Expiration,
            LocalCacheExpiration = options.LocalCacheExpiration < options.Expiration ? options.LocalCacheExpiration : options.Expiration,
        };

        // The version changes whenever what is cached changes shape, so two SDK versions side by side never misread.
        _keyPrefix = "SessionSdk:v1:" + inner.Metadata.ProviderName + ":";
    }

    /// <summary>The layer over <paramref name="inner"/>, with the pipeline's <see cref="HybridCache"/> and logger.</summary>
    public static CachingSessionClient Create(ISessionClient inner, IServiceProvider services, SessionCacheOptions options) =>
        new(
            inner,
            services.GetService<HybridCache>()
                ?? throw new InvalidOperationException("UseSessionCache needs a HybridCache in the services: call services.AddHybridCache() (SessionClientsBuilder.UseSessionCache does)."),
            options,
            services.GetService<ILoggerFactory>()?.CreateLogger("SessionSdk.Cache") ?? NullLogger.Instance);

    public override async Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        if (_codec is null)
        {
            return await InnerClient.GetSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        }

        SessionIdGuard.Validate(sessionId);
        var fetched = new StrongBox<Session?>();
        var bytes = await _cache.GetOrCreateAsync(
            _keyPrefix + sessionId,
            (Inner: InnerClient, Codec: _codec, Id: sessionId, Fetched: fetched),
            static async (state, ct) =>
            {
                var session = await state.Inner.GetSessionAsync(state.Id, ct).ConfigureAwait(false);
                state.Fetched.Value = session;
                return state.Codec.Write(session) ?? [];
            },
            _entryOptions,
            tags: null,
            cancellationToken).ConfigureAwait(false);

        if (fetched.Value is { } own)
        {
            return own;
        }

        if (_codec.TryRead(bytes) is { } cached)
        {
            return cached;
        }

        LogUnreadableEntry(_logger, Metadata.ProviderName);
        await ForgetAsync(sessionId).ConfigureAwait(false);
        return await InnerClient.GetSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await InnerClient.UpdateSessionAsync(sessionId, request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Also after a failure: a timed-out write may still have landed at the vendor.
            await ForgetAsync(sessionId).ConfigureAwait(false);
        }
    }

    public override async Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        try
        {
            await InnerClient.DeleteSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ForgetAsync(sessionId).ConfigureAwait(false);
        }
    }

    private async Task ForgetAsync(string sessionId)
    {
        if (_codec is null || !SessionIdGuard.IsValid(sessionId))
        {
            return;
        }

        try
        {
            // Not the caller's token: the vendor has the change, so the stale entry must go even if the caller gave up.
            await _cache.RemoveAsync(_keyPrefix + sessionId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogRemoveFailed(_logger, Metadata.ProviderName, e.GetType().Name);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Removing a {Provider} session from the shared cache failed ({Error}); other replicas may read the old session until it expires.")]
    private static partial void LogRemoveFailed(ILogger logger, string provider, string error);

    [LoggerMessage(2, LogLevel.Warning, "A cached {Provider} session could not be read; it was fetched from the vendor again.")]
    private static partial void LogUnreadableEntry(ILogger logger, string provider);
}
