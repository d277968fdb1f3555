namespace SessionSdk;

/// <summary>The operation names as strings, without a per-call allocation.</summary>
internal static class SessionOperationNames
{
    private static readonly string[] Names = [.. Enum.GetNames<SessionOperation>()];

    public static int Count => Names.Length;

    public static string Of(SessionOperation operation) => Names[(int)operation];
}
