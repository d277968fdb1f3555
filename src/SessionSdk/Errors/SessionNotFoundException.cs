namespace SessionSdk;

/// <summary>The vendor has no such session, or the caller may not see it (HTTP 404).</summary>
public sealed class SessionNotFoundException : SessionClientException
{
    /// <summary>Creates the exception.</summary>
    public SessionNotFoundException()
        : this("The session was not found.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public SessionNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SessionNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with everything it carries (<see cref="SessionExceptionFactory"/>).</summary>
    internal SessionNotFoundException(string message, Exception? innerException, SessionFailure failure)
        : base(message, innerException, failure)
    {
    }
}
