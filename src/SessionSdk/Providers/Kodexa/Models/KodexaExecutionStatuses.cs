namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// The execution status words Kodexa documents (<see cref="KodexaExecution.Status"/>, <see cref="KodexaStatusDetails.Status"/>,
/// <see cref="KodexaExecutionEvent.Status"/>). The set is open: a status not listed here is kept as sent, never rejected.
/// </summary>
public static class KodexaExecutionStatuses
{
    /// <summary>Accepted, waiting to run.</summary>
    public const string Pending = "PENDING";

    /// <summary>Running.</summary>
    public const string Running = "RUNNING";

    /// <summary>Finished successfully.</summary>
    public const string Succeeded = "SUCCEEDED";

    /// <summary>Finished with an error; see <see cref="KodexaExecution.ExceptionDetails"/>.</summary>
    public const string Failed = "FAILED";

    /// <summary>Requested, not yet accepted.</summary>
    public const string Requested = "REQUESTED";

    /// <summary>Skipped.</summary>
    public const string Skipped = "SKIPPED";

    /// <summary>Being cancelled.</summary>
    public const string Cancelling = "CANCELLING";

    /// <summary>Cancelled (2022 OpenAPI only; not in the Python SDK's enum).</summary>
    public const string Cancelled = "CANCELLED";

    /// <summary>Waiting to be processed again (2022 OpenAPI only; not in the Python SDK's enum).</summary>
    public const string PendingReprocessing = "PENDING_REPROCESSING";

    /// <summary>
    /// Tells whether an execution is over: <c>SUCCEEDED</c>, <c>FAILED</c>, <c>SKIPPED</c> or <c>CANCELLED</c> (any case).
    /// Every other status — the waiting and running ones, and any the SDK does not know — is not final, so a wait
    /// on an unknown status runs into its timeout rather than stopping early.
    /// </summary>
    /// <param name="status">The execution's status.</param>
    /// <returns>Whether the execution has ended.</returns>
    public static bool IsFinal(string? status) =>
        status is not null
        && (status.Equals(Succeeded, StringComparison.OrdinalIgnoreCase) || status.Equals(Failed, StringComparison.OrdinalIgnoreCase)
            || status.Equals(Skipped, StringComparison.OrdinalIgnoreCase) || status.Equals(Cancelled, StringComparison.OrdinalIgnoreCase));
}
