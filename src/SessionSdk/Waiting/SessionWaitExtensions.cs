namespace SessionSdk;

/// <summary>Waiting for a session to reach a state, over any <see cref="ISessionClient"/>.</summary>
public static class SessionWaitExtensions
{
    /// <summary>
    /// Reads a session (<see cref="ISessionClient.GetSessionAsync"/>) until <paramref name="until"/> holds, pausing
    /// between reads with exponential back-off and jitter (<see cref="SessionWaitOptions"/>). For example
    /// <c>s =&gt; s.Status == SessionStatus.Completed || s.Status == SessionStatus.Failed</c> for a Raydocs extraction
    /// session, or <c>s =&gt; s.Status == SessionStatus.Released</c> for a Mobile Next one.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="until">The condition to wait for; called once per read.</param>
    /// <param name="options">How to poll and for how long; <see langword="null"/> for the defaults (5 minutes).</param>
    /// <param name="progress">Told every session read, the last one included; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The first session read for which <paramref name="until"/> holds.</returns>
    /// <exception cref="SessionTimeoutException">The condition did not hold within <see cref="SessionWaitOptions.Timeout"/>; <see cref="SessionTimeoutException.LastState"/> is the last <see cref="Session"/> read.</exception>
    /// <exception cref="SessionNotFoundException">The session does not exist (or no longer does).</exception>
    /// <exception cref="SessionClientException">A read failed in a way that is not transient (transient failures are retried within the timeout).</exception>
    /// <exception cref="ArgumentException">The id is malformed, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<Session> WaitForSessionAsync(
        this ISessionClient client,
        string sessionId,
        Func<Session, bool> until,
        SessionWaitOptions? options = null,
        IProgress<Session>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        SessionIdGuard.Validate(sessionId);
        ArgumentNullException.ThrowIfNull(until);
        return SessionPoller.PollAsync(client, "WaitForSession", ct => client.GetSessionAsync(sessionId, ct), until, options, progress, cancellationToken);
    }
}
