using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>One session in a JSON batch export.</summary>
public sealed class RaydocsBatchExportItem
{
    /// <summary>Gets or sets the session id.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    /// <summary>Gets or sets the session name.</summary>
    [JsonPropertyName("session_name")]
    public string? SessionName { get; set; }

    /// <summary>Gets or sets the session's extracted data.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsBatchExportItem {SessionId}";
}
