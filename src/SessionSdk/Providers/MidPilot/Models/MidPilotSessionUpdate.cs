using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MidPilot;

/// <summary>
/// The body of <c>PATCH /api/v1/session/{session_id}</c> (servers before April 2026): <c>{"data": {…}}</c>. The server
/// merges the top-level keys of <see cref="Data"/> into the session's data; nested objects are replaced, not merged.
/// </summary>
public sealed class MidPilotSessionUpdate
{
    /// <summary>Gets or sets the keys to write into the session's data.</summary>
    [JsonPropertyName("data")]
    public JsonObject? Data { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MidPilotSessionUpdate ({Data?.Count ?? 0} keys)";
}
