using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MidPilot;

/// <summary>
/// A midPilot connector-generator session as <c>GET /api/v1/session/{session_id}</c> returns it, in either
/// generation: older servers send <c>data</c>; servers since April 2026 send a summary with <c>message</c> and no
/// <c>data</c>. Fields this type does not declare are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class MidPilotSession
{
    /// <summary>Gets or sets the session id (a UUID).</summary>
    [JsonPropertyName("sessionId")]
    public string? SessionId { get; set; }

    /// <summary>Gets or sets the session's workflow data (<c>discoveryInput</c>, <c>scrapeInput</c>, <c>documentationItems</c>, …), or <see langword="null"/> on servers that return the summary.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>Gets or sets when the session was created, as the server wrote it (ISO 8601, <c>Z</c> or <c>+00:00</c>, often with microseconds).</summary>
    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets when the session was last updated, as the server wrote it.</summary>
    [JsonPropertyName("updatedAt")]
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets the server's message (summary shape only, for example <c>Session returned successfully.</c>).</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the server sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MidPilotSession {SessionId}";
}
