using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace SessionSdk;

/// <summary>
/// One budget for one vendor address: a shared limiter on Redis when the app supplied one, else (and whenever Redis
/// fails) an in-process limiter with the same settings. Redis trouble never fails a call: it is logged once per outage
/// and the process carries on with its own budget until Redis answers again.
/// </summary>
internal sealed partial class SessionRateLimiter : IDisposable
{
    private readonly RateLimiter _local;
    private readonly RateLimiter? _shared;
    private readonly Func<bool> _sharedConnected;
    private readonly ILogger _logger;
    private readonly string _name;
    private int _sharedDown;

    public SessionRateLimiter(string name, SessionRateLimitOptions options, RateLimiter local, RateLimiter? shared, Func<bool> sharedConnected, ILogger logger)
    {
        _sharedConnected = sharedConnected;
        _name = name;
        Options = options;
        _local = local;
        _shared = shared;
        _logger = logger;
    }

    public SessionRateLimitOptions Options { get; }

    /// <summary>The wait to expect when no permit is left: the limit's average spacing.</summary>
    public TimeSpan ExpectedWait => TimeSpan.FromTicks(Math.Max(Options.Window.Ticks / Options.PermitLimit, TimeSpan.TicksPerMillisecond));

    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        if (_shared is not null && !_sharedConnected())
        {
            // Known to be down (the client reconnects in the background): do not wait for a command to time out.
            NoteSharedDown("not connected");
        }
        else if (_shared is not null)
        {
            try
            {
                var lease = await _shared.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
                if (Interlocked.Exchange(ref _sharedDown, 0) == 1)
                {
                    LogSharedBack(_logger, _name);
                }

                return lease;
            }
            catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException && !cancellationToken.IsCancellationRequested)
            {
                NoteSharedDown(e.GetType().Name);
            }
        }

        return await _local.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _local.Dispose();
        _shared?.Dispose();
    }

    private void NoteSharedDown(string reason)
    {
        if (Interlocked.Exchange(ref _sharedDown, 1) == 0)
        {
            LogSharedDown(_logger, _name, reason);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "The shared rate limit for {Limiter} is unreachable on Redis ({Error}); this process keeps to its own budget until Redis answers again.")]
    private static partial void LogSharedDown(ILogger logger, string limiter, string error);

    [LoggerMessage(2, LogLevel.Information, "The shared rate limit for {Limiter} is reachable on Redis again.")]
    private static partial void LogSharedBack(ILogger logger, string limiter);
}
