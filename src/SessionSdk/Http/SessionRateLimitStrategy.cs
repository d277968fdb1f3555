using System.Threading.RateLimiting;
using Polly;
using Polly.RateLimiting;

namespace SessionSdk;

/// <summary>
/// The client-side rate limit as a step of the resilience pipeline (Polly's rate-limiter strategy), between the circuit
/// breaker and the attempt timeout: every attempt takes a permit, and a wait for one counts against the total timeout only.
/// </summary>
internal static class SessionRateLimitStrategy
{
    public static void AddTo(ResiliencePipelineBuilder<HttpResponseMessage> builder, SessionRateLimiter limiter, SessionProviderOptions options, TimeProvider timeProvider) =>
        builder.AddRateLimiter(new RateLimiterStrategyOptions
        {
            Name = "SessionRateLimit",
            RateLimiter = args => AcquireAsync(limiter, args.Context, options, timeProvider),
        });

    private static async ValueTask<RateLimitLease> AcquireAsync(SessionRateLimiter limiter, ResilienceContext context, SessionProviderOptions options, TimeProvider timeProvider)
    {
        var request = context.GetRequestMessage();
        var call = SessionRequestContext.Of(request);
        var started = call?.StartedAt ?? timeProvider.GetTimestamp();
        while (true)
        {
            var lease = await limiter.AcquireAsync(context.CancellationToken).ConfigureAwait(false);
            if (lease.IsAcquired)
            {
                return lease;
            }

            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : limiter.ExpectedWait;
            lease.Dispose();

            // Bounded: every turn waits, and the loop ends once the next wait would pass the caller's total budget.
            if (!limiter.Options.WaitForPermit || timeProvider.GetElapsedTime(started) + wait >= options.TotalTimeout)
            {
                throw SessionExceptionFactory.ClientRateLimited(
                    call?.ProviderName,
                    SessionRequestContext.GetOperation(request),
                    limiter.Options,
                    wait);
            }

            await Task.Delay(wait, timeProvider, context.CancellationToken).ConfigureAwait(false);
        }
    }
}
