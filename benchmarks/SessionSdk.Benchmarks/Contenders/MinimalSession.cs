using System.Text.Json.Serialization;

namespace SessionSdk.Benchmarks.Contenders;

/// <summary>What a hand-written client that needs only a few fields would declare.</summary>
public sealed class MinimalSession
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("state")]
    public string? State { get; set; }

    [JsonPropertyName("changeSequence")]
    public int? ChangeSequence { get; set; }

    [JsonPropertyName("createdOn")]
    public DateTimeOffset? CreatedOn { get; set; }
}
