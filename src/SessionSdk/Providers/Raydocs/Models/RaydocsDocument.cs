using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// A Raydocs document. Two generations are documented and both are read: the workspace-scoped one (<c>mime</c>,
/// <c>workspace_id</c>, <c>sha256</c>, <c>source_type</c>/<c>source_url</c> or <c>source{type,url}</c>,
/// <c>parsings</c>, <c>meta</c>) and the older session-scoped one (<c>mime_type</c>, <c>extraction_session_id</c>).
/// </summary>
public sealed class RaydocsDocument
{
    /// <summary>Gets or sets the document id (a UUID).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the workspace id: a number in the schema, a UUID string in examples — always read as a string.</summary>
    [JsonPropertyName("workspace_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? WorkspaceId { get; set; }

    /// <summary>Gets or sets the owning session's id (older documents only).</summary>
    [JsonPropertyName("extraction_session_id")]
    public string? ExtractionSessionId { get; set; }

    /// <summary>Gets or sets the file name.</summary>
    [JsonPropertyName("filename")]
    public string? FileName { get; set; }

    /// <summary>Gets or sets the MIME type (newer documents).</summary>
    [JsonPropertyName("mime")]
    public string? Mime { get; set; }

    /// <summary>Gets or sets the MIME type (older documents).</summary>
    [JsonPropertyName("mime_type")]
    public string? MimeType { get; set; }

    /// <summary>Gets or sets the size in bytes.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; set; }

    /// <summary>Gets or sets the SHA-256 of the content; uploads are de-duplicated by it within a workspace.</summary>
    [JsonPropertyName("sha256")]
    public string? Sha256 { get; set; }

    /// <summary>Gets or sets the status; values seen include <c>uploaded</c>, <c>processed</c>, <c>ready</c>, <c>pending</c>, <c>parsing</c>, <c>parsed</c>, <c>failed</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets where the document came from, for example <c>upload</c> (flat form).</summary>
    [JsonPropertyName("source_type")]
    public string? SourceType { get; set; }

    /// <summary>Gets or sets the source URL (flat form).</summary>
    [JsonPropertyName("source_url")]
    public string? SourceUrl { get; set; }

    /// <summary>Gets or sets the source (object form, <c>{type, url}</c>).</summary>
    [JsonPropertyName("source")]
    public RaydocsDocumentSource? Source { get; set; }

    /// <summary>Gets or sets the document's parsing runs.</summary>
    [JsonPropertyName("parsings")]
    public List<RaydocsDocumentParsing>? Parsings { get; set; }

    /// <summary>Gets or sets free-form document facts, for example <c>{page_count, file_size}</c>.</summary>
    [JsonPropertyName("meta")]
    public JsonElement? Meta { get; set; }

    /// <summary>Gets or sets when the document was created, as the vendor wrote it (ISO 8601).</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the vendor sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsDocument {Id} ({Status})";
}
