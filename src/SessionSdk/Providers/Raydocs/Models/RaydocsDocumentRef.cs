using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>A document as referenced by an extraction result. The vendor writes these fields in camelCase.</summary>
public sealed class RaydocsDocumentRef
{
    /// <summary>Gets or sets the reference kind, <c>documentRef</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>Gets or sets the document id.</summary>
    [JsonPropertyName("documentId")]
    public string? DocumentId { get; set; }

    /// <summary>Gets or sets the workspace id, read as a string whether sent as a number or a string.</summary>
    [JsonPropertyName("workspaceId")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? WorkspaceId { get; set; }

    /// <summary>Gets or sets the file name.</summary>
    [JsonPropertyName("filename")]
    public string? FileName { get; set; }

    /// <summary>Gets or sets the MIME type.</summary>
    [JsonPropertyName("mime")]
    public string? Mime { get; set; }

    /// <summary>Gets or sets the size in bytes.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; set; }

    /// <summary>Gets or sets the SHA-256 of the content.</summary>
    [JsonPropertyName("sha256")]
    public string? Sha256 { get; set; }

    /// <summary>Gets or sets where the document came from.</summary>
    [JsonPropertyName("source")]
    public RaydocsDocumentSource? Source { get; set; }

    /// <summary>Gets or sets when the document was created, as the vendor wrote it.</summary>
    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsDocumentRef {DocumentId}";
}
