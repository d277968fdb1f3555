namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// The result statuses Raydocs documents (three vocabularies: <c>created, processing, completed, failed</c>;
/// <c>pending, processing, completed, failed</c>; <c>created, parsing_pending, processing, completed, failed</c>).
/// A run is over when its status is <see cref="Completed"/> or <see cref="Failed"/>.
/// </summary>
public static class RaydocsResultStatuses
{
    /// <summary><c>created</c>: the run is recorded, not started.</summary>
    public const string Created = "created";

    /// <summary><c>pending</c>: the run waits to start (older vocabulary).</summary>
    public const string Pending = "pending";

    /// <summary><c>parsing_pending</c>: the run is deferred until the session's documents are parsed.</summary>
    public const string ParsingPending = "parsing_pending";

    /// <summary><c>processing</c>: the extraction is running.</summary>
    public const string Processing = "processing";

    /// <summary><c>completed</c>: the run finished; <c>data</c> and <c>audit_data</c> hold what it extracted.</summary>
    public const string Completed = "completed";

    /// <summary><c>failed</c>: the run ended without a result.</summary>
    public const string Failed = "failed";

    /// <summary>Tells whether a status ends a run (<c>completed</c> or <c>failed</c>, any case).</summary>
    /// <param name="status">The result's status, as the vendor wrote it.</param>
    /// <returns><see langword="true"/> for <c>completed</c> and <c>failed</c>; <see langword="false"/> otherwise, an unknown status included.</returns>
    public static bool IsFinal(string? status) =>
        string.Equals(status, Completed, StringComparison.OrdinalIgnoreCase) || string.Equals(status, Failed, StringComparison.OrdinalIgnoreCase);
}
