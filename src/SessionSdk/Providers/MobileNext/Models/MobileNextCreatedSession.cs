using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MobileNext;

/// <summary>The answer to <c>POST /api/v1/sessions</c>: the new session's id (<c>{"id": …}</c>).</summary>
public sealed class MobileNextCreatedSession
{
    /// <summary>Gets or sets the new session's id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    /// <summary>Gets or sets the new session's id, should the vendor name it as on its per-endpoint pages.</summary>
    [JsonPropertyName("sessionId")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? SessionId { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MobileNextCreatedSession {Id ?? SessionId}";
}
