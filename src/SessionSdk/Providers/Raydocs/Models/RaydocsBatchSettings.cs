using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>Settings of sessions created in a batch.</summary>
public sealed class RaydocsBatchSettings
{
    /// <summary>Gets or sets whether extraction starts as soon as the documents are parsed (vendor default <see langword="false"/>).</summary>
    [JsonPropertyName("auto_extract")]
    public bool? AutoExtract { get; set; }

    /// <summary>Gets or sets further settings, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsBatchSettings auto_extract={AutoExtract}";
}
