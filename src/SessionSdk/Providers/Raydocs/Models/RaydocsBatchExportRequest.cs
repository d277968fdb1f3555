using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>The body of <c>POST /extractions/templates/{templateId}/sessions/batch/export</c>.</summary>
public sealed class RaydocsBatchExportRequest
{
    /// <summary>Gets or sets the ids of the sessions to export.</summary>
    [JsonPropertyName("session_ids")]
    public List<string> SessionIds { get; set; } = [];

    /// <summary>Gets or sets the format: <c>json</c> (the vendor's default when <see langword="null"/>), <c>csv</c> or <c>excel</c>.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; set; }

    /// <summary>Gets or sets further fields, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsBatchExportRequest ({SessionIds.Count} sessions, {Format ?? "json"})";
}
