using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>A Kodexa orchestrator-agent session (<c>/api/orchestrator-agent-sessions</c>): an agent's state within a pipeline execution.</summary>
public sealed class KodexaOrchestratorAgentSession
{
    /// <summary>Gets or sets the session id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the secondary UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets the agent runtime's id.</summary>
    [JsonPropertyName("agentRuntimeId")]
    public string? AgentRuntimeId { get; set; }

    /// <summary>Gets or sets the runtime's own session id.</summary>
    [JsonPropertyName("runtimeSessionId")]
    public string? RuntimeSessionId { get; set; }

    /// <summary>Gets or sets the optimistic-locking version.</summary>
    [JsonPropertyName("changeSequence")]
    public int? ChangeSequence { get; set; }

    /// <summary>Gets or sets when the session was created.</summary>
    [JsonPropertyName("createdOn")]
    public DateTimeOffset? CreatedOn { get; set; }

    /// <summary>Gets or sets when the session was last updated.</summary>
    [JsonPropertyName("updatedOn")]
    public DateTimeOffset? UpdatedOn { get; set; }

    /// <summary>Gets or sets when the session expires, or <see langword="null"/>.</summary>
    [JsonPropertyName("expiresAt")]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Gets or sets when the agent was last invoked, or <see langword="null"/>.</summary>
    [JsonPropertyName("lastInvokedAt")]
    public DateTimeOffset? LastInvokedAt { get; set; }

    /// <summary>Gets or sets the free-form metadata object.</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; set; }

    /// <summary>Gets or sets the owning organization's id.</summary>
    [JsonPropertyName("organizationId")]
    public string? OrganizationId { get; set; }

    /// <summary>Gets or sets the status; the vendor documents no fixed set of values.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the vendor sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"KodexaOrchestratorAgentSession {Id} ({Status})";
}
