namespace SessionSdk;

/// <summary>The vendor's response could not be read: a body that is not the JSON expected (truncated, HTML, empty, wrong types, too deep, invalid UTF-8), or one larger than the configured cap.</summary>
public sealed class SessionResponseException : SessionClientException
{
    /// <summary>Creates the exception.</summary>
    public SessionResponseException()
        : this("The vendor's response could not be read.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public SessionResponseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SessionResponseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
