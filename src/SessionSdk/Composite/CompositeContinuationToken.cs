using System.Text.Json.Serialization;

namespace SessionSdk;

/// <summary>The composite continuation token before encoding: a version and every listing provider's position.</summary>
internal sealed class CompositeContinuationToken
{
    public const int CurrentVersion = 1;

    [JsonPropertyName("v")]
    public int Version { get; set; }

    [JsonPropertyName("p")]
    public List<CompositeProviderPosition>? Providers { get; set; }
}

/// <summary>
/// Where one provider stands: the provider's own token of the page it is in (<see langword="null"/> = its first page),
/// how many items of that page are consumed, the id of the last consumed one (to realign if the page shifted), the
/// page size it is read with, and whether it is finished.
/// </summary>
internal sealed class CompositeProviderPosition
{
    [JsonPropertyName("n")]
    public string? Name { get; set; }

    [JsonPropertyName("t")]
    public string? Token { get; set; }

    [JsonPropertyName("c")]
    public int Consumed { get; set; }

    [JsonPropertyName("l")]
    public string? LastId { get; set; }

    [JsonPropertyName("s")]
    public int PageSize { get; set; }

    [JsonPropertyName("x")]
    public bool Exhausted { get; set; }
}
