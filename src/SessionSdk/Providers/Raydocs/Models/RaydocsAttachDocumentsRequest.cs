using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// The body of <c>POST /extractions/sessions/{sessionId}/documents/attach</c>. The vendor's docs do not show the
/// body; the SDK sends <c>{"document_ids": [...]}</c>, after the API's naming of <c>session_ids</c> elsewhere. Put
/// other fields in <see cref="AdditionalProperties"/> if your server expects them.
/// </summary>
public sealed class RaydocsAttachDocumentsRequest
{
    /// <summary>Gets or sets the ids of existing workspace documents to attach.</summary>
    [JsonPropertyName("document_ids")]
    public List<string> DocumentIds { get; set; } = [];

    /// <summary>Gets or sets further fields, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsAttachDocumentsRequest ({DocumentIds.Count} documents)";
}
