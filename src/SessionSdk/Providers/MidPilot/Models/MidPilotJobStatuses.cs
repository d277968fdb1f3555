namespace SessionSdk.Providers.MidPilot;

/// <summary>The job statuses midPilot's OpenAPI names (<see cref="MidPilotJob.Status"/>); the set is open.</summary>
public static class MidPilotJobStatuses
{
    /// <summary><c>queued</c>: waiting to run.</summary>
    public const string Queued = "queued";

    /// <summary><c>running</c>.</summary>
    public const string Running = "running";

    /// <summary><c>finished</c>: done; the stage's output is in its endpoint or the session.</summary>
    public const string Finished = "finished";

    /// <summary><c>failed</c>.</summary>
    public const string Failed = "failed";

    /// <summary><c>not_found</c>: the server does not know the job.</summary>
    public const string NotFound = "not_found";

    /// <summary>Tells whether a job is over: <c>finished</c>, <c>failed</c> or <c>not_found</c> (any case); an unknown status is not.</summary>
    /// <param name="status">The job's status.</param>
    /// <returns>Whether the job has ended.</returns>
    public static bool IsFinal(string? status) =>
        string.Equals(status, Finished, StringComparison.OrdinalIgnoreCase)
        || string.Equals(status, Failed, StringComparison.OrdinalIgnoreCase)
        || string.Equals(status, NotFound, StringComparison.OrdinalIgnoreCase);
}
