namespace SessionSdk;

/// <summary>
/// A client-side limit on the requests one provider registration sends, so a client stays under a vendor's documented
/// limit instead of collecting 429s. Every attempt counts, retries included, on the session clients and the typed Refit
/// APIs alike. The limit is per process unless the app shares it over Redis with <c>UseDistributedRateLimits</c>; then
/// every replica (and every registration for the same vendor address) draws from one budget.
/// </summary>
public sealed class SessionRateLimitOptions
{
    /// <summary>
    /// Gets or sets how many requests may be sent in any <see cref="Window"/>-long span; 0 turns the limit off (and adds
    /// nothing to the pipeline). Default 0, except where the vendor documents a limit (Raydocs: 100 per minute).
    /// </summary>
    public int PermitLimit { get; set; }

    /// <summary>Gets or sets the span <see cref="PermitLimit"/> is counted over (a sliding window). Default 1 minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets or sets whether a request over the limit waits for a permit, for as long as the provider's
    /// <see cref="SessionProviderOptions.TotalTimeout"/> allows. When <see langword="false"/>, or when the wait would not fit,
    /// the call fails at once with <see cref="SessionRateLimitedException"/> whose <see cref="SessionClientException.RetryAfter"/>
    /// is the expected wait (<see cref="Window"/> / <see cref="PermitLimit"/>, an estimate). Default <see langword="true"/>.
    /// </summary>
    public bool WaitForPermit { get; set; } = true;
}
