using System.Text.Json.Nodes;

namespace SessionSdk.Sandbox.Kodexa;

internal enum KodexaReplaceOutcome
{
    Replaced,
    NotFound,
    Conflict,
}

internal sealed record KodexaReplaceResult(KodexaReplaceOutcome Outcome, JsonObject? Item, int? StoredVersion, int? SentVersion);
