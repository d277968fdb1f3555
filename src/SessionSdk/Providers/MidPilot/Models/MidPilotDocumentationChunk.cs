using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MidPilot;

/// <summary>One chunk of a documentation document (the OpenAPI <c>DocumentationChunk</c> schema).</summary>
public sealed class MidPilotDocumentationChunk
{
    /// <summary>Gets or sets the chunk id (a UUID).</summary>
    [JsonPropertyName("chunkId")]
    public string? ChunkId { get; set; }

    /// <summary>Gets or sets where the chunk came from: <c>scraper</c> or <c>upload</c>.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>Gets or sets the scraped URL or the upload's file URI, or <see langword="null"/>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Gets or sets the chunk's summary, or <see langword="null"/>.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    /// <summary>Gets or sets the chunk's full text.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    /// <summary>Gets or sets the chunk's free-form metadata object.</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; set; }

    /// <summary>Gets or sets when the chunk was created, as the server wrote it.</summary>
    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets the ids of the scrape jobs that produced or cached the chunk.</summary>
    [JsonPropertyName("scrapeJobIds")]
    public List<string>? ScrapeJobIds { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the server sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MidPilotDocumentationChunk {ChunkId} ({Source})";
}
