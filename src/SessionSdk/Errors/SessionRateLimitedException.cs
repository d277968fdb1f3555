namespace SessionSdk;

/// <summary>The vendor is rate-limiting the caller (HTTP 429); <see cref="SessionClientException.RetryAfter"/> says how long to wait when the vendor said so.</summary>
public sealed class SessionRateLimitedException : SessionClientException
{
    /// <summary>Creates the exception.</summary>
    public SessionRateLimitedException()
        : this("The vendor is rate-limiting the caller.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public SessionRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SessionRateLimitedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with everything it carries (<see cref="SessionExceptionFactory"/>).</summary>
    internal SessionRateLimitedException(string message, Exception? innerException, SessionFailure failure)
        : base(message, innerException, failure)
    {
    }
}
