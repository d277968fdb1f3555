using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// A Raydocs extraction result (one extraction run). Two generations are read: the newer one (<c>config_hash</c>,
/// <c>document_refs</c>, <c>audit_data</c>, <c>title</c>, <c>completed_at</c>) and the older one (<c>reasoning</c>).
/// </summary>
/// <remarks>
/// Three status vocabularies are documented: <c>created, processing, completed, failed</c>;
/// <c>pending, processing, completed, failed</c>; and <c>created, parsing_pending, processing, completed, failed</c>.
/// </remarks>
public sealed class RaydocsResult
{
    /// <summary>Gets or sets the result id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the session the result belongs to.</summary>
    [JsonPropertyName("extraction_session_id")]
    public string? ExtractionSessionId { get; set; }

    /// <summary>Gets or sets the status, kept as the vendor's word (see the remarks).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets the title, for example <c>Invoice #12345</c>.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>Gets or sets the hash of the extraction configuration, for example <c>cfg_9eeae65063f17f55</c>.</summary>
    [JsonPropertyName("config_hash")]
    public string? ConfigHash { get; set; }

    /// <summary>Gets or sets the documents the run read (their fields are camelCase, unlike the rest of the API).</summary>
    [JsonPropertyName("document_refs")]
    public List<RaydocsDocumentRef>? DocumentRefs { get; set; }

    /// <summary>Gets or sets the extracted data.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>Gets or sets the audit trail per field (<c>{reasoning, sources:[{chunk_id, text, page}]}</c>; newer results).</summary>
    [JsonPropertyName("audit_data")]
    public JsonElement? AuditData { get; set; }

    /// <summary>Gets or sets the reasoning per field (older results; superseded by <see cref="AuditData"/>).</summary>
    [JsonPropertyName("reasoning")]
    public JsonElement? Reasoning { get; set; }

    /// <summary>Gets or sets when the result was created, as the vendor wrote it.</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets when the result was last updated, as the vendor wrote it.</summary>
    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets when the run completed, as the vendor wrote it.</summary>
    [JsonPropertyName("completed_at")]
    public string? CompletedAt { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the vendor sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsResult {Id} ({Status})";
}
