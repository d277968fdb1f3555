namespace SessionSdk;

/// <summary>The vendor rejected the request's values (HTTP 400 or 422); <see cref="FieldErrors"/> says which and why.</summary>
public sealed class SessionValidationException : SessionClientException
{
    /// <summary>Creates the exception.</summary>
    public SessionValidationException()
        : this("The vendor rejected the request.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public SessionValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SessionValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with everything it carries (<see cref="SessionExceptionFactory"/>).</summary>
    internal SessionValidationException(string message, Exception? innerException, SessionFailure failure)
        : base(message, innerException, failure)
    {
    }

    /// <summary>Gets the fields the vendor rejected; empty when it named none.</summary>
    public IReadOnlyList<SessionFieldError> FieldErrors { get; init; } = [];
}
