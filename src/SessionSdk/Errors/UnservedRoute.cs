namespace SessionSdk;

/// <summary>
/// Tells a vendor's "no such route" 404 from a "no such session" 404, where the vendor's framework words them apart:
/// a missing route is a wrong path or an older/newer server, and reading it as a missing session would send the caller
/// down the wrong branch (it did: Raydocs run-extraction and Kodexa execute read as <see cref="SessionNotFoundException"/>).
/// </summary>
internal static class UnservedRoute
{
    // Laravel (Raydocs): "The route extractions/x could not be found."; Spring (Kodexa): "No handler found for GET /api/x",
    // "No static resource api/x." (Spring 6.1+). midPilot's FastAPI says only "Not Found", which its client reads itself.
    private static readonly string[] Phrases = ["could not be found.", "No handler found for ", "No static resource "];

    public static bool IsRouteNotFound(VendorError error) =>
        error.Message is { } message
        && (message.StartsWith("The route ", StringComparison.Ordinal) && message.EndsWith(Phrases[0], StringComparison.Ordinal)
            || message.StartsWith(Phrases[1], StringComparison.Ordinal)
            || message.StartsWith(Phrases[2], StringComparison.Ordinal));
}
