namespace SessionSdk.Providers.MidPilot;

/// <summary>midPilot-only conveniences over a midPilot <see cref="ISessionClient"/>.</summary>
public static class MidPilotSessionClientExtensions
{
    /// <summary>
    /// Checks whether a session exists (<c>HEAD /api/v1/session/{session_id}</c>): 204 → <see langword="true"/>,
    /// 404 → <see langword="false"/>. midPilot cannot list sessions, so keep the ids you create and check them with this.
    /// </summary>
    /// <param name="client">A midPilot session client (from <c>AddMidPilot(…)</c>).</param>
    /// <param name="sessionId">The session id, a UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the server has the session.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty, whitespace, <c>.</c>, <c>..</c>, too long or has control characters (no request is sent); or <paramref name="client"/> is not a midPilot client.</exception>
    /// <exception cref="SessionValidationException">The server refused the id (HTTP 422): it is not a UUID.</exception>
    /// <exception cref="SessionClientException">Any other failure reported by the server or the transport.</exception>
    public static Task<bool> SessionExistsAsync(this ISessionClient client, string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        SessionIdGuard.Validate(sessionId);
        var api = VendorClient.Require<IMidPilotSessionsApi>(client, "midPilot", "AddMidPilot");
        return ExistsAsync(api, sessionId, cancellationToken);
    }

    /// <summary>
    /// Reads a session's jobs (<c>GET /api/v1/session/{session_id}/jobs</c>) until the job is over: <c>finished</c>,
    /// <c>failed</c> or <c>not_found</c> (<see cref="MidPilotJobStatuses.IsFinal"/>). A job not listed yet is waited
    /// for (a stage may record it a moment after it starts). A failed job is returned, not thrown.
    /// </summary>
    /// <param name="client">A midPilot session client (from <c>AddMidPilot(…)</c>).</param>
    /// <param name="sessionId">The session id, a UUID.</param>
    /// <param name="jobId">The job id, as the stage that started it returned it (or recorded it in the session's data, for example <c>discoveryJobId</c>).</param>
    /// <param name="options">How to poll and for how long; <see langword="null"/> for the defaults (5 minutes).</param>
    /// <param name="progress">Told the job at every read that lists it, the last one included.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished job.</returns>
    /// <exception cref="ArgumentException">An id is malformed, or <paramref name="client"/> is not a midPilot client.</exception>
    /// <exception cref="SessionNotFoundException">The session does not exist.</exception>
    /// <exception cref="SessionTimeoutException">The job did not end in time; <see cref="SessionTimeoutException.LastState"/> is the last <see cref="MidPilotJob"/> read (<see langword="null"/> if it was never listed).</exception>
    /// <exception cref="SessionClientException">A read failed in a way that is not transient.</exception>
    public static async Task<MidPilotJob> WaitForJobAsync(
        this ISessionClient client,
        string sessionId,
        string jobId,
        SessionWaitOptions? options = null,
        IProgress<MidPilotJob>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        SessionIdGuard.Validate(sessionId);
        SessionIdGuard.Validate(jobId, nameof(jobId));
        var api = VendorClient.Require<IMidPilotSessionsApi>(client, "midPilot", "AddMidPilot");
        var listed = progress is null ? null : new Progress(progress);
        try
        {
            var found = await SessionPoller.PollAsync(
                client,
                "WaitForJob",
                async ct => new JobRead(Find(await api.ListJobsAsync(sessionId, ct).ConfigureAwait(false), jobId)),
                read => read.Job is { } job && MidPilotJobStatuses.IsFinal(job.Status),
                options,
                listed,
                cancellationToken).ConfigureAwait(false);
            return found.Job!;
        }
        catch (SessionTimeoutException e) when (e.LastState is JobRead read)
        {
            // Report the job itself, not the private wrapper the loop polled.
            throw SessionExceptionFactory.WaitTimeout(client.Metadata.ProviderName, "WaitForJob", (options ?? new SessionWaitOptions()).Timeout, read.Job, e.InnerException);
        }
    }

    private static MidPilotJob? Find(MidPilotSessionJobs? jobs, string jobId) =>
        jobs?.Jobs?.LastOrDefault(j => j is not null && string.Equals(j.JobId, jobId, StringComparison.OrdinalIgnoreCase));

    /// <summary>HEAD: 204 → true, 404 → false; a 422 (no body on HEAD, so only the id can be wrong) names the id.</summary>
    internal static async Task<bool> ExistsAsync(IMidPilotSessionsApi api, string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await api.SessionExistsAsync(sessionId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SessionNotFoundException)
        {
            return false;
        }
        catch (SessionValidationException e) when (MidPilotInvalidId.IsAboutSessionId(e, bodyless: true))
        {
            throw MidPilotInvalidId.Rewrite(e, sessionId);
        }
    }

    /// <summary>One read of the jobs: the job, or null while it is not listed. <see cref="ToString"/> names what a timeout reports.</summary>
    private sealed record JobRead(MidPilotJob? Job)
    {
        public override string ToString() => Job?.ToString() ?? "no such job listed";
    }

    private sealed class Progress(IProgress<MidPilotJob> inner) : IProgress<JobRead>
    {
        public void Report(JobRead value)
        {
            if (value.Job is { } job)
            {
                inner.Report(job);
            }
        }
    }
}
