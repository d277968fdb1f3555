using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// A pre-signed upload target from <c>POST /vapor/signed-storage-url</c>: PUT the file to <see cref="Url"/> with
/// <see cref="Headers"/> and without the Raydocs token (valid about five minutes), then pass <see cref="Key"/> to an
/// upload call. <see cref="Url"/> carries a signature, so <see cref="ToString"/> leaves it out.
/// </summary>
public sealed class RaydocsSignedStorageUrl
{
    /// <summary>Gets or sets the upload's UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets the storage key (<c>tmp/…</c>) to hand to the upload calls.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>Gets or sets the pre-signed URL to PUT the file to. A bearer secret while it is valid.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Gets or sets the headers the PUT must carry, as the vendor sent them.</summary>
    [JsonPropertyName("headers")]
    public JsonElement? Headers { get; set; }

    /// <summary>Gets or sets fields this type does not declare (for example <c>bucket</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsSignedStorageUrl {Key}";
}
