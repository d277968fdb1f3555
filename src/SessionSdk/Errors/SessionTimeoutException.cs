namespace SessionSdk;

/// <summary>
/// An attempt or the whole operation ran past its time budget, or a wait (<c>WaitForSessionAsync</c> and the vendor
/// waits) ran past its own <see cref="SessionWaitOptions.Timeout"/>. Transient: trying again later may succeed.
/// </summary>
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

    /// <summary>
    /// Gets the last state a wait saw before its time ran out — a <see cref="Session"/>, or the vendor object the wait
    /// polls (a Raydocs result, a Kodexa execution, a midPilot job) — or <see langword="null"/> when the wait saw none
    /// or the timeout was not a wait's.
    /// </summary>
    public object? LastState { get; init; }
}
