namespace SessionSdk;

/// <summary>Maps the status words vendors commonly use to <see cref="SessionStatus"/>; anything else is <see cref="SessionStatus.Unknown"/>.</summary>
internal static class SessionStatusVocabulary
{
    /// <summary>Longer than any word below: such a status is <see cref="SessionStatus.Unknown"/> without a look.</summary>
    private const int MaxWordLength = 32;

    public static SessionStatus FromWord(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return SessionStatus.Unknown;
        }

        // Normalized on the stack: this runs once per listed session.
        var trimmed = raw.AsSpan().Trim();
        if (trimmed.Length > MaxWordLength)
        {
            return SessionStatus.Unknown;
        }

        Span<char> word = stackalloc char[trimmed.Length];
        trimmed.ToLowerInvariant(word);
        word.Replace('-', '_');
        word.Replace(' ', '_');
        return (ReadOnlySpan<char>)word switch
        {
            "open" or "active" or "started" or "ready" or "idle" or "allocated" => SessionStatus.Active,
            "pending" or "queued" or "created" or "new" or "allocating" or "parsing_pending" or "waiting" => SessionStatus.Pending,
            "running" or "processing" or "in_progress" or "busy" or "executing" => SessionStatus.Running,
            "completed" or "complete" or "succeeded" or "success" or "finished" or "done" => SessionStatus.Completed,
            "failed" or "failure" or "error" or "errored" => SessionStatus.Failed,
            "closed" or "terminated" or "cancelled" or "canceled" or "stopped" => SessionStatus.Closed,
            "released" => SessionStatus.Released,
            "expired" => SessionStatus.Expired,
            _ => SessionStatus.Unknown,
        };
    }
}
