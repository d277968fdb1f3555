namespace SessionSdk;

/// <summary>Calls to this provider are failing fast without I/O because too many recent calls failed (the circuit breaker is open). Transient.</summary>
public sealed class SessionCircuitOpenException : SessionClientException
{
    /// <summary>Creates the exception.</summary>
    public SessionCircuitOpenException()
        : this("The provider's circuit breaker is open.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public SessionCircuitOpenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SessionCircuitOpenException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
