using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MidPilot;

/// <summary>The jobs of a session, as <c>GET /api/v1/session/{session_id}/jobs</c> returns them.</summary>
public sealed class MidPilotSessionJobs
{
    /// <summary>Gets or sets the session id.</summary>
    [JsonPropertyName("sessionId")]
    public string? SessionId { get; set; }

    /// <summary>Gets or sets the jobs; <see langword="null"/> when the server sent none.</summary>
    [JsonPropertyName("jobs")]
    public List<MidPilotJob>? Jobs { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the server sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MidPilotSessionJobs {SessionId} ({Jobs?.Count ?? 0} jobs)";
}
