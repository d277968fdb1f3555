namespace SessionSdk;

/// <summary>How the SDK names the registered providers when a caller asks for one that is not there.</summary>
internal static class SessionProviderNames
{
    public static string List(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);

    public static ArgumentException Unknown(string providerName, IReadOnlyList<string> names, string parameterName) =>
        new($"No session provider is registered as '{providerName}'. Registered: {List(names)}.", parameterName);
}
