using Refit;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// Kodexa workflows over the <c>kodexa</c> <see cref="ISessionClient"/>: execute a document in a session and wait
/// for the execution. Thin compositions of <see cref="IKodexaSessionExecutionsApi"/>; the vendor calls each makes are
/// listed on it.
/// </summary>
public static class KodexaSessionClientExtensions
{
    /// <summary>
    /// Reads an execution (<c>GET /api/sessions/{sessionId}/executions/{executionId}</c>) until it is over
    /// (<see cref="KodexaExecutionStatuses.IsFinal"/>: <c>SUCCEEDED</c>, <c>FAILED</c>, <c>SKIPPED</c>, <c>CANCELLED</c>).
    /// A failed execution is returned, not thrown: check <see cref="KodexaExecution.Status"/> and
    /// <see cref="KodexaExecution.ExceptionDetails"/>, and read its log with
    /// <see cref="IKodexaSessionExecutionsApi.GetExecutionLogsAsync"/>.
    /// </summary>
    /// <param name="client">The <c>kodexa</c> session client (from <c>AddKodexa(…)</c>).</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="executionId">The execution id.</param>
    /// <param name="options">How to poll and for how long; <see langword="null"/> for the defaults (5 minutes).</param>
    /// <param name="progress">Told every execution read, the last one included.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished execution.</returns>
    /// <exception cref="SessionTimeoutException">The execution did not end in time; <see cref="SessionTimeoutException.LastState"/> is the last <see cref="KodexaExecution"/> read.</exception>
    /// <exception cref="SessionNotFoundException">The session or execution does not exist.</exception>
    /// <exception cref="SessionClientException">A read failed in a way that is not transient.</exception>
    public static Task<KodexaExecution> WaitForExecutionAsync(
        this ISessionClient client,
        string sessionId,
        string executionId,
        SessionWaitOptions? options = null,
        IProgress<KodexaExecution>? progress = null,
        CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        SessionIdGuard.Validate(executionId, nameof(executionId));
        var api = Api(client);
        var provider = client.Metadata.ProviderName;
        return SessionPoller.PollAsync(
            client,
            "WaitForExecution",
            async ct => SessionResponses.Require(await api.GetExecutionAsync(sessionId, executionId, ct).ConfigureAwait(false), provider, "GetExecution"),
            e => KodexaExecutionStatuses.IsFinal(e.Status),
            options,
            progress,
            cancellationToken);
    }

    /// <summary>
    /// Executes a document in a session and waits for the execution to end: <c>POST /api/sessions/{sessionId}/execute</c>
    /// (multipart: <c>options</c> and the <c>document</c> part), then <c>GET /api/sessions/{sessionId}/executions/{id}</c>
    /// until <see cref="KodexaExecutionStatuses.IsFinal"/>.
    /// </summary>
    /// <param name="client">The <c>kodexa</c> session client.</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="document">The document part, for example <c>new StreamPart(stream, "invoice.kddb", "application/octet-stream", "document")</c>.</param>
    /// <param name="options">The execution's options as JSON text; <see langword="null"/> sends <c>{}</c>.</param>
    /// <param name="waitOptions">How to poll and for how long; <see langword="null"/> for the defaults (5 minutes).</param>
    /// <param name="progress">Told the new execution and every read of it, the last one included.</param>
    /// <param name="cancellationToken">Cancels the start or the wait (the execution itself goes on at the vendor).</param>
    /// <returns>The finished execution; a failed one is returned, not thrown.</returns>
    /// <exception cref="SessionNotFoundException">The session does not exist.</exception>
    /// <exception cref="SessionValidationException">Kodexa refused the request (400), for example a closed session or bad options.</exception>
    /// <exception cref="SessionTimeoutException">The execution did not end in time; <see cref="SessionTimeoutException.LastState"/> is the last <see cref="KodexaExecution"/> read.</exception>
    /// <exception cref="SessionClientException">Any other failure.</exception>
    public static async Task<KodexaExecution> ExecuteAndWaitAsync(
        this ISessionClient client,
        string sessionId,
        StreamPart document,
        string? options = null,
        SessionWaitOptions? waitOptions = null,
        IProgress<KodexaExecution>? progress = null,
        CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        ArgumentNullException.ThrowIfNull(document);
        var api = Api(client);
        var provider = client.Metadata.ProviderName;
        var started = SessionResponses.Require(
            await api.ExecuteAsync(sessionId, options ?? "{}", null, null, [document], cancellationToken: cancellationToken).ConfigureAwait(false),
            provider,
            "Execute");
        progress?.Report(started);
        if (KodexaExecutionStatuses.IsFinal(started.Status))
        {
            return started;
        }

        if (string.IsNullOrEmpty(started.Id))
        {
            throw SessionExceptionFactory.UnreadableResponse(provider, "Execute", System.Net.HttpStatusCode.OK, "the new execution has no id");
        }

        return await client.WaitForExecutionAsync(sessionId, started.Id, waitOptions, progress, cancellationToken).ConfigureAwait(false);
    }

    private static IKodexaSessionExecutionsApi Api(ISessionClient client)
    {
        return VendorClient.Require<IKodexaSessionExecutionsApi>(client, "Kodexa sessions", "AddKodexa (the orchestrator-agent one has no executions)");
    }
}
