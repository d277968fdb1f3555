using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>The body of <c>POST /extractions/sessions/{sessionId}/documents/upload</c>.</summary>
public sealed class RaydocsUploadDocumentsRequest
{
    /// <summary>Gets or sets the storage keys (<c>tmp/…</c>) returned by the signed-storage-URL call, one per uploaded file.</summary>
    [JsonPropertyName("keys")]
    public List<string> Keys { get; set; } = [];

    /// <summary>Gets or sets further fields, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsUploadDocumentsRequest ({Keys.Count} keys)";
}
