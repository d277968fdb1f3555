namespace SessionSdk;

/// <summary>The vendor rejected the credentials (HTTP 401) or their permissions (HTTP 403). Check the API key or token and its abilities.</summary>
public sealed class SessionAuthenticationException : SessionClientException
{
    /// <summary>Creates the exception.</summary>
    public SessionAuthenticationException()
        : this("The vendor rejected the credentials.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public SessionAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SessionAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with everything it carries (<see cref="SessionExceptionFactory"/>).</summary>
    internal SessionAuthenticationException(string message, Exception? innerException, SessionFailure failure)
        : base(message, innerException, failure)
    {
    }
}
