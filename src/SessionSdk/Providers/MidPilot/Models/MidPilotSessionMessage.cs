using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MidPilot;

/// <summary>
/// The acknowledgement midPilot returns from create (201), update (200, older servers) and delete (200):
/// <c>{"sessionId", "message"}</c>.
/// </summary>
public sealed class MidPilotSessionMessage
{
    /// <summary>Gets or sets the id of the session the call was about.</summary>
    [JsonPropertyName("sessionId")]
    public string? SessionId { get; set; }

    /// <summary>Gets or sets the server's message, for example <c>Session deleted successfully</c>.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the server sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MidPilotSessionMessage {SessionId}: {Message}";
}
