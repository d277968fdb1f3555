using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MidPilot;

/// <summary>One logical documentation document of a session, with all its chunks (the OpenAPI <c>Documentation</c> schema).</summary>
public sealed class MidPilotDocumentation
{
    /// <summary>Gets or sets the document id shared by its chunks, or <see langword="null"/>.</summary>
    [JsonPropertyName("docId")]
    public string? DocId { get; set; }

    /// <summary>Gets or sets the document's chunks.</summary>
    [JsonPropertyName("chunks")]
    public List<MidPilotDocumentationChunk>? Chunks { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the server sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MidPilotDocumentation {DocId} ({Chunks?.Count ?? 0} chunks)";
}
