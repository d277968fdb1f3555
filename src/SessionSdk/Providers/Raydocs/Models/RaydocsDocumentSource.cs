using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>Where a Raydocs document came from (<c>source: {type, url}</c>).</summary>
public sealed class RaydocsDocumentSource
{
    /// <summary>Gets or sets the source type, for example <c>upload</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the source URL, or <see langword="null"/>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsDocumentSource {Type}";
}
