using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MidPilot;

/// <summary>What a call that queues a job returns (a documentation upload, for example): at least <c>{"jobId"}</c>.</summary>
public sealed class MidPilotJobCreated
{
    /// <summary>Gets or sets the id of the queued job; follow it with <see cref="IMidPilotSessionsApi.ListJobsAsync"/>.</summary>
    [JsonPropertyName("jobId")]
    public string? JobId { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the server sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MidPilotJobCreated {JobId}";
}
