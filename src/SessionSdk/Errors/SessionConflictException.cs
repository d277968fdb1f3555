namespace SessionSdk;

/// <summary>The session changed since the caller read it, or a session with that id already exists (HTTP 409, or a mismatched <see cref="UpdateSessionRequest.ExpectedVersion"/>).</summary>
public sealed class SessionConflictException : SessionClientException
{
    /// <summary>Creates the exception.</summary>
    public SessionConflictException()
        : this("The session is in conflict with the request.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public SessionConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SessionConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with everything it carries (<see cref="SessionExceptionFactory"/>).</summary>
    internal SessionConflictException(string message, Exception? innerException, SessionFailure failure)
        : base(message, innerException, failure)
    {
    }
}
