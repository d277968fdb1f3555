using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MidPilot;

/// <summary>One job of a session (discovery, scrape, digester, codegen, documentation upload…).</summary>
public sealed class MidPilotJob
{
    /// <summary>Gets or sets the job id (a UUID).</summary>
    [JsonPropertyName("jobId")]
    public string? JobId { get; set; }

    /// <summary>Gets or sets the job type, as the server names it.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the status: <c>queued</c>, <c>running</c>, <c>finished</c>, <c>failed</c> or <c>not_found</c> (kept as a string so a new value never fails).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets when the job was created, as the server wrote it.</summary>
    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets when the job was last updated, if the server sent it.</summary>
    [JsonPropertyName("updatedAt")]
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets when the job started running, if it has.</summary>
    [JsonPropertyName("startedAt")]
    public string? StartedAt { get; set; }

    /// <summary>Gets or sets when the job finished, if it has.</summary>
    [JsonPropertyName("finishedAt")]
    public string? FinishedAt { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the server sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MidPilotJob {JobId} {Type} ({Status})";
}
