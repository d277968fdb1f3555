namespace SessionSdk;

/// <summary>How the SDK lists the registered providers in a message.</summary>
internal static class SessionProviderNames
{
    public static string List(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
