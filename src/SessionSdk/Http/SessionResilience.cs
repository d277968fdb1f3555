using System.Net.Sockets;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace SessionSdk;

/// <summary>
/// The resilience pipeline every provider registration gets: total timeout → retry → circuit breaker → client-side
/// rate limit (only when one is configured) → attempt timeout. Retries only what is safe to send twice (GET, HEAD, or a request with an <c>Idempotency-Key</c>),
/// only on transient outcomes, and honours <c>Retry-After</c> within the caller's budget.
/// </summary>
internal static class SessionResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, SessionProviderOptions options, TimeProvider timeProvider, SessionRateLimiter? rateLimiter = null)
    {
        builder.TimeProvider = timeProvider;

        // With one attempt, one timeout (the shorter of the two) does the work of both: one timer per call, not two.
        if (options.MaxRetries > 0)
        {
            builder.AddTimeout(options.TotalTimeout);
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterReader.Read(args.Outcome.Result, timeProvider)),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        });

        if (rateLimiter is not null)
        {
            SessionRateLimitStrategy.AddTo(builder, rateLimiter, options, timeProvider);
        }

        builder.AddTimeout(options.MaxRetries > 0 ? options.AttemptTimeout : TimeSpan.FromTicks(Math.Min(options.AttemptTimeout.Ticks, options.TotalTimeout.Ticks)));
    }

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: { } e } => e is HttpRequestException or TimeoutRejectedException or IOException or SocketException,
        { Result: { } response } => SessionExceptionFactory.IsTransientStatus(response.StatusCode),
        _ => false,
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, SessionProviderOptions options, TimeProvider timeProvider)
    {
        var request = context.GetRequestMessage();
        if (!SessionRequestContext.IsRetrySafe(request) || !IsTransient(outcome))
        {
            return false;
        }

        if (RetryAfterReader.Read(outcome.Result, timeProvider) is not { } wait)
        {
            return true;
        }

        // A wait the caller cannot afford fails now, with RetryAfter on the exception, rather than after a sleep.
        if (wait > options.MaxRetryAfter)
        {
            return false;
        }

        return SessionRequestContext.Of(request) is not { } call
            || timeProvider.GetElapsedTime(call.StartedAt) + wait < options.TotalTimeout;
    }
}
