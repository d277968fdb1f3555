using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MidPilot;

/// <summary>What <c>DELETE /api/v1/session/{session_id}/documentation</c> returns: <c>{"message", "sessionId", "deletedCount"}</c>.</summary>
public sealed class MidPilotDocumentationDeleted
{
    /// <summary>Gets or sets the session id.</summary>
    [JsonPropertyName("sessionId")]
    public string? SessionId { get; set; }

    /// <summary>Gets or sets the server's message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Gets or sets how many documentation items were removed.</summary>
    [JsonPropertyName("deletedCount")]
    public int? DeletedCount { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the server sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MidPilotDocumentationDeleted {SessionId} ({DeletedCount} items)";
}
