namespace SessionSdk;

/// <summary>An attempt or the whole operation ran past its time budget. Transient: trying again later may succeed.</summary>
public sealed class SessionTimeoutException : SessionClientException
{
    /// <summary>Creates the exception.</summary>
    public SessionTimeoutException()
        : this("The session operation timed out.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public SessionTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SessionTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
