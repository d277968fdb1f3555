using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>The body of <c>POST /extractions/sessions</c>.</summary>
public sealed class RaydocsCreateSessionRequest
{
    /// <summary>Gets or sets the extraction template to run (required by the vendor).</summary>
    [JsonPropertyName("extraction_template_id")]
    public string? ExtractionTemplateId { get; set; }

    /// <summary>Gets or sets the display name (optional).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the session settings (for example <c>{"auto_extract": true}</c>); not in the create page's request table, sent only when set.</summary>
    [JsonPropertyName("settings")]
    public JsonElement? Settings { get; set; }

    /// <summary>Gets or sets further fields, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsCreateSessionRequest template {ExtractionTemplateId}";
}
