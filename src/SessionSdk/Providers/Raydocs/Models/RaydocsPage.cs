using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>The Raydocs list envelope <c>{"data": [...], "meta": {...}}</c>; some responses (document upload) carry no <c>meta</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class RaydocsPage<T>
{
    /// <summary>Gets or sets the items.</summary>
    [JsonPropertyName("data")]
    public List<T>? Data { get; set; }

    /// <summary>Gets or sets the paging facts, or <see langword="null"/> when the response is not paged.</summary>
    [JsonPropertyName("meta")]
    public RaydocsPageMeta? Meta { get; set; }

    /// <summary>Gets or sets fields this type does not declare (for example Laravel's <c>links</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsPage<{typeof(T).Name}> ({Data?.Count ?? 0} items, page {Meta?.CurrentPage}/{Meta?.LastPage})";
}
