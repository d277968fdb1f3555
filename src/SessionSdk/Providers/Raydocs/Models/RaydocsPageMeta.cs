using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>Paging facts of a Raydocs list (<c>meta</c>). Pages are 1-based; the last page is <see cref="LastPage"/>.</summary>
public sealed class RaydocsPageMeta
{
    /// <summary>Gets or sets this page's number.</summary>
    [JsonPropertyName("current_page")]
    public int? CurrentPage { get; set; }

    /// <summary>Gets or sets the last page's number.</summary>
    [JsonPropertyName("last_page")]
    public int? LastPage { get; set; }

    /// <summary>Gets or sets the page size the server used.</summary>
    [JsonPropertyName("per_page")]
    public int? PerPage { get; set; }

    /// <summary>Gets or sets the total number of items.</summary>
    [JsonPropertyName("total")]
    public long? Total { get; set; }

    /// <summary>Gets or sets fields this type does not declare (for example <c>from</c>, <c>to</c>, <c>path</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsPageMeta page {CurrentPage}/{LastPage}, {Total} total";
}
