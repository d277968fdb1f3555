namespace SessionSdk;

/// <summary>
/// Settings every provider shares: where the vendor is, how long to wait, how often to retry, how much to read.
/// Each provider's options class derives from this one and adds its credentials.
/// </summary>
public abstract class SessionProviderOptions
{
    /// <summary>
    /// Gets or sets the vendor's base address (scheme, host, optional port and path prefix). Must be https, except
    /// for loopback hosts, and for private-network hosts when <see cref="AllowInsecurePrivateNetwork"/> is set.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Gets or sets whether plain http is allowed to private-network hosts (10/8, 172.16/12, 192.168/16, fc00::/7,
    /// <c>*.local</c>, single-label names), for self-hosted vendors on a trusted network. Default <see langword="false"/>.
    /// </summary>
    public bool AllowInsecurePrivateNetwork { get; set; }

    /// <summary>Gets or sets how long one attempt may take before it is abandoned (and retried when safe). Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long an operation may take in total, all attempts and waits included. Default 30 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how many times a failed request is retried (0 turns retries off). Only GET and HEAD, or requests
    /// carrying an <c>Idempotency-Key</c> header, are retried, and only on 408, 429, 500, 502, 503, 504 and transport
    /// errors. Default 3.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// Gets or sets whether the SDK applies its own resilience: retries, <see cref="AttemptTimeout"/>,
    /// <see cref="TotalTimeout"/> and the circuit breaker. Default <see langword="true"/>. Set it to
    /// <see langword="false"/> when the app brings its own (for example
    /// <c>services.ConfigureHttpClientDefaults(b =&gt; b.AddStandardResilienceHandler())</c>): the SDK then adds none of
    /// them, and its typed errors, <see cref="MaxResponseBytes"/> cap, credentials and logging stay. The SDK's typed
    /// errors then wrap the app's handlers, which still see raw responses and read each body inside their attempt.
    /// </summary>
    public bool UseResilience { get; set; } = true;

    /// <summary>Gets or sets the first retry's base delay; later ones grow exponentially, with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets the longest <c>Retry-After</c> the client will wait for. A longer one (or one past the remaining
    /// <see cref="TotalTimeout"/>) fails at once with <see cref="SessionRateLimitedException"/>. Default 30 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the largest response body read, in bytes; a larger one fails with <see cref="SessionResponseException"/>. Default 16 MB.</summary>
    public long MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Gets or sets how many characters of an error body are kept in <see cref="SessionClientException.ResponseBody"/>. Default 4096.</summary>
    public int MaxErrorBodyChars { get; set; } = 4096;

    /// <summary>
    /// Gets or sets how many connections the provider opens to the vendor's host at most. Default 100: far more than any
    /// of the vendors' rate limits let one client use at once, so it never slows a well-behaved app, yet a burst of
    /// thousands of calls waits for a pooled connection (within <see cref="AttemptTimeout"/>) instead of opening
    /// thousands of sockets and ephemeral ports to one host (.NET's own default is unbounded). Connections are closed
    /// when the service provider is disposed.
    /// </summary>
    public int MaxConnectionsPerServer { get; set; } = 100;

    /// <summary>Gets or sets the failure ratio over <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit. Default 0.5.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets how many calls must be seen in the sampling window before the circuit may open. Default 20.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>
    /// Gets or sets the client-side rate limit: how many requests this registration may send per window, and whether a
    /// request over it waits or fails at once. Off by default (<see cref="SessionRateLimitOptions.PermitLimit"/> 0) except
    /// where the vendor documents a limit. Shared between replicas with <c>UseDistributedRateLimits</c>.
    /// </summary>
    public SessionRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Gets or sets the window over which failures are counted. Default 30 s.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long the circuit stays open before one trial call is let through. Default 15 s.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets the address API paths are appended to; a provider whose docs show the base with and without a path prefix trims it.</summary>
    internal virtual Uri? ServiceRoot => BaseAddress;

    /// <summary>Gets where the credential comes from and how it is sent; <see langword="null"/> for a provider that sends none.</summary>
    internal virtual SessionCredentialSource? GetCredential() => null;
}
