namespace SessionSdk;

/// <summary>
/// How a wait polls: the first interval, how it grows (exponential back-off with jitter, capped), and how long the
/// whole wait may take. Used by <see cref="SessionWaitExtensions.WaitForSessionAsync"/> and every vendor wait and
/// workflow (a Raydocs result, a Kodexa execution, a Mobile Next allocation, a midPilot job).
/// </summary>
public sealed class SessionWaitOptions
{
    /// <summary>Gets or sets how long the whole wait may take before it fails with <see cref="SessionTimeoutException"/>. Default 5 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the pause after the first poll. Default 1 second.</summary>
    public TimeSpan InitialInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest pause between two polls. Default 15 seconds.</summary>
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets or sets how much each pause grows over the one before (1 keeps it constant). Default 2.</summary>
    public double BackoffFactor { get; set; } = 2;

    /// <summary>
    /// Gets or sets the jitter, as a fraction of each pause: 0.2 spreads a 10 s pause over 8–12 s, so many waiters
    /// started together do not poll in step. 0 turns it off. Default 0.2.
    /// </summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>
    /// Gets or sets the clock the wait sleeps on. <see langword="null"/> (default) uses the client's (the
    /// <see cref="TimeProvider"/> registered in dependency injection), else <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    internal void Validate()
    {
        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout must be positive, or Timeout.InfiniteTimeSpan.");
        }

        if (InitialInterval <= TimeSpan.Zero || MaxInterval < InitialInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialInterval), InitialInterval, "InitialInterval must be positive and no larger than MaxInterval.");
        }

        if (!(BackoffFactor >= 1 && BackoffFactor <= 10))
        {
            throw new ArgumentOutOfRangeException(nameof(BackoffFactor), BackoffFactor, "BackoffFactor must be between 1 and 10.");
        }

        if (!(Jitter >= 0 && Jitter < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Jitter), Jitter, "Jitter must be at least 0 and less than 1.");
        }
    }
}
