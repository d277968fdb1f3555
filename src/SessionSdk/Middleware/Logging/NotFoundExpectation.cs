namespace SessionSdk;

/// <summary>
/// Marks the calls under way for which "not found" is an answer, not a failure (<see cref="SessionClientExtensions.TryGetSessionAsync"/>),
/// so the logging layer writes their 404 at Debug. It flows with the async call, and ends when the marking method returns.
/// </summary>
internal static class NotFoundExpectation
{
    private static readonly AsyncLocal<bool> Expected = new();

    public static bool IsExpected => Expected.Value;

    /// <summary>Marks the rest of the calling async method; its caller's context is left unmarked.</summary>
    public static void Expect() => Expected.Value = true;
}
