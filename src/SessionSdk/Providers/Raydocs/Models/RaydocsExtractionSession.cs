using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// A Raydocs extraction session (<c>/extractions/sessions</c>), as the vendor sends it: a job that extracts data from
/// its documents with an extraction template. Fields the SDK does not know are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class RaydocsExtractionSession
{
    /// <summary>Gets or sets the session id (a UUID).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the display name; batch creation uses the placeholder <c>Pending...</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the id of the extraction template the session runs.</summary>
    [JsonPropertyName("extraction_template_id")]
    public string? ExtractionTemplateId { get; set; }

    /// <summary>Gets or sets the session settings object (for example <c>auto_extract</c>).</summary>
    [JsonPropertyName("settings")]
    public JsonElement? Settings { get; set; }

    /// <summary>
    /// Gets or sets the status: <c>pending</c>, <c>processing</c>, <c>completed</c> or <c>failed</c> per the schema;
    /// the worked examples omit it, so <see langword="null"/> is normal.
    /// </summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets when the session was created, as the vendor wrote it (ISO 8601).</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets when the session was last updated, as the vendor wrote it (ISO 8601).</summary>
    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets the session's documents (empty on a new session; absent in batch-create responses).</summary>
    [JsonPropertyName("documents")]
    public List<RaydocsDocument>? Documents { get; set; }

    /// <summary>Gets or sets the session's extraction results (empty on a new session).</summary>
    [JsonPropertyName("results")]
    public List<RaydocsResult>? Results { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the vendor sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsExtractionSession {Id} ({Status ?? "no status"})";
}
