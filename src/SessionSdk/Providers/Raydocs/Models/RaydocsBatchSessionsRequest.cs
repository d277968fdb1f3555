using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>The body of the batch execute and batch delete calls: <c>{"session_ids": [...]}</c>.</summary>
public sealed class RaydocsBatchSessionsRequest
{
    /// <summary>Gets or sets the ids of the sessions to act on.</summary>
    [JsonPropertyName("session_ids")]
    public List<string> SessionIds { get; set; } = [];

    /// <summary>Gets or sets further fields, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsBatchSessionsRequest ({SessionIds.Count} sessions)";
}
