using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>An execution's status with a message and progress (<c>StatusDetails</c>; the body of <c>PUT …/executions/{executionId}/status</c>).</summary>
public sealed class KodexaStatusDetails
{
    /// <summary>Gets or sets the status word; see <see cref="KodexaExecutionStatuses"/>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets a short message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Gets or sets the detail.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; set; }

    /// <summary>Gets or sets the progress maximum.</summary>
    [JsonPropertyName("progressMax")]
    public int? ProgressMax { get; set; }

    /// <summary>Gets or sets the progress so far, out of <see cref="ProgressMax"/>.</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"KodexaStatusDetails {Status} {Progress}/{ProgressMax}";
}
