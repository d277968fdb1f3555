using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// The results of a session (<c>GET /extractions/sessions/{id}/results</c>). The current docs wrap them as
/// <c>{"data": [...]}</c>, an older page version returns a bare array; both are read, and written back in the
/// shape they came in.
/// </summary>
[JsonConverter(typeof(RaydocsResultListConverter))]
public sealed class RaydocsResultList
{
    /// <summary>Gets or sets the results. Never <see langword="null"/> after reading.</summary>
    [JsonPropertyName("data")]
    public List<RaydocsResult> Data { get; set; } = [];

    /// <summary>Gets or sets the paging facts, when the envelope has them.</summary>
    [JsonPropertyName("meta")]
    public RaydocsPageMeta? Meta { get; set; }

    /// <summary>Gets or sets the envelope's other fields, when it is an object.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets or sets whether the response was a bare JSON array rather than a <c>{"data": [...]}</c> object.</summary>
    [JsonIgnore]
    public bool IsBareArray { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsResultList ({Data.Count} results{(IsBareArray ? ", bare array" : string.Empty)})";
}
