using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>The body of the legacy <c>POST /extractions/sessions/{sessionId}/documents</c> (sent as JSON; the docs' curl sample shows multipart).</summary>
public sealed class RaydocsLegacyUploadRequest
{
    /// <summary>Gets or sets the storage key (<c>tmp/…</c>) of the uploaded file.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>Gets or sets the file name to record.</summary>
    [JsonPropertyName("filename")]
    public string? FileName { get; set; }

    /// <summary>Gets or sets further fields, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsLegacyUploadRequest {FileName}";
}
