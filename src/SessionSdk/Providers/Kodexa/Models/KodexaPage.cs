using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>A Kodexa list page (Spring Data style). Decide "more pages" from <see cref="Last"/>: the docs disagree on whether <c>page</c> starts at 0 or 1.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class KodexaPage<T>
{
    /// <summary>Gets or sets the items.</summary>
    [JsonPropertyName("content")]
    public List<T>? Content { get; set; }

    /// <summary>Gets or sets whether this is the first page.</summary>
    [JsonPropertyName("first")]
    public bool? First { get; set; }

    /// <summary>Gets or sets whether this is the last page.</summary>
    [JsonPropertyName("last")]
    public bool? Last { get; set; }

    /// <summary>Gets or sets the server's index of this page (its own base).</summary>
    [JsonPropertyName("number")]
    public int? Number { get; set; }

    /// <summary>Gets or sets how many items this page holds.</summary>
    [JsonPropertyName("numberOfElements")]
    public int? NumberOfElements { get; set; }

    /// <summary>Gets or sets the requested page size.</summary>
    [JsonPropertyName("size")]
    public int? Size { get; set; }

    /// <summary>Gets or sets the total number of items.</summary>
    [JsonPropertyName("totalElements")]
    public long? TotalElements { get; set; }

    /// <summary>Gets or sets the total number of pages.</summary>
    [JsonPropertyName("totalPages")]
    public int? TotalPages { get; set; }

    /// <summary>Gets or sets whether the page is empty (2022 schema).</summary>
    [JsonPropertyName("empty")]
    public bool? Empty { get; set; }

    /// <summary>Gets or sets the sort description (<c>{empty, sorted, unsorted}</c>).</summary>
    [JsonPropertyName("sort")]
    public JsonElement? Sort { get; set; }

    /// <summary>Gets or sets the pageable description (<c>{offset, pageNumber, pageSize, paged, unpaged, sort}</c>).</summary>
    [JsonPropertyName("pageable")]
    public JsonElement? Pageable { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
