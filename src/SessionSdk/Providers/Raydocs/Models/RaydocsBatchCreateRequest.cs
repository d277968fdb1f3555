using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>The body of <c>POST /extractions/templates/{templateId}/sessions/batch</c>: one new session per file.</summary>
public sealed class RaydocsBatchCreateRequest
{
    /// <summary>Gets or sets the storage keys (<c>tmp/…</c>) of the uploaded files, at most 50.</summary>
    [JsonPropertyName("files")]
    public List<string> Files { get; set; } = [];

    /// <summary>Gets or sets the settings of the new sessions, or <see langword="null"/> for the defaults.</summary>
    [JsonPropertyName("settings")]
    public RaydocsBatchSettings? Settings { get; set; }

    /// <summary>Gets or sets further fields, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsBatchCreateRequest ({Files.Count} files)";
}
