using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>A content object (a document, or native content) of an execution (<c>ContentObject</c>, 2022 API).</summary>
public sealed class KodexaContentObject
{
    /// <summary>Gets or sets the content object id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the secondary UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets when the record was created.</summary>
    [JsonPropertyName("createdOn")]
    public DateTimeOffset? CreatedOn { get; set; }

    /// <summary>Gets or sets when the record was last updated.</summary>
    [JsonPropertyName("updatedOn")]
    public DateTimeOffset? UpdatedOn { get; set; }

    /// <summary>Gets or sets the type of content: <c>DOCUMENT</c> or <c>NATIVE</c> (required by the 2022 schema; kept as sent).</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; set; }

    /// <summary>Gets or sets the document version.</summary>
    [JsonPropertyName("documentVersion")]
    public string? DocumentVersion { get; set; }

    /// <summary>Gets or sets the position in the family.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }

    /// <summary>Gets or sets the labels (<c>[{id, uuid, createdOn, updatedOn, name, color, label}]</c>), as sent.</summary>
    [JsonPropertyName("labels")]
    public JsonElement? Labels { get; set; }

    /// <summary>Gets or sets the metadata (a free-form object).</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; set; }

    /// <summary>Gets or sets the mixins.</summary>
    [JsonPropertyName("mixins")]
    public List<string>? Mixins { get; set; }

    /// <summary>Gets or sets when the content was created.</summary>
    [JsonPropertyName("created")]
    public DateTimeOffset? Created { get; set; }

    /// <summary>Gets or sets when the content was modified.</summary>
    [JsonPropertyName("modified")]
    public DateTimeOffset? Modified { get; set; }

    /// <summary>Gets or sets the size in bytes.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; set; }

    /// <summary>Gets or sets the reference of the store holding it.</summary>
    [JsonPropertyName("storeRef")]
    public string? StoreRef { get; set; }

    /// <summary>Gets or sets the document family id.</summary>
    [JsonPropertyName("documentFamilyId")]
    public string? DocumentFamilyId { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"KodexaContentObject {Id} ({ContentType})";
}
