using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>The body of <c>POST /vapor/signed-storage-url</c>.</summary>
public sealed class RaydocsSignedStorageUrlRequest
{
    /// <summary>Gets or sets the MIME type of the file to upload (optional).</summary>
    [JsonPropertyName("content_type")]
    public string? ContentType { get; set; }

    /// <summary>Gets or sets the visibility; the docs use <c>private</c>, the default.</summary>
    [JsonPropertyName("visibility")]
    public string? Visibility { get; set; } = "private";

    /// <summary>Gets or sets further fields, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsSignedStorageUrlRequest {ContentType} ({Visibility})";
}
