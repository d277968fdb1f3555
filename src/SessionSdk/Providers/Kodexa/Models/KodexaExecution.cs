using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// One run of a pipeline or service inside a Kodexa session (<c>/api/sessions/{id}/executions/{executionId}</c>, 2022 API),
/// as the vendor sends it. Fields the SDK does not declare are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class KodexaExecution
{
    /// <summary>Gets or sets the execution id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the secondary UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets when the execution was created.</summary>
    [JsonPropertyName("createdOn")]
    public DateTimeOffset? CreatedOn { get; set; }

    /// <summary>Gets or sets when the execution was last updated.</summary>
    [JsonPropertyName("updatedOn")]
    public DateTimeOffset? UpdatedOn { get; set; }

    /// <summary>Gets or sets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the targets (<c>{instances: [{type, ref, documentFamilyId, contentObjectId, actor, taxonomyRefs, labelsToApply}]}</c>), as sent.</summary>
    [JsonPropertyName("targets")]
    public JsonElement? Targets { get; set; }

    /// <summary>Gets or sets the session the execution runs in. Its <see cref="KodexaSession.Token"/> is a secret.</summary>
    [JsonPropertyName("session")]
    public KodexaSession? Session { get; set; }

    /// <summary>Gets or sets when the execution started.</summary>
    [JsonPropertyName("startDate")]
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>Gets or sets when the execution ended.</summary>
    [JsonPropertyName("endDate")]
    public DateTimeOffset? EndDate { get; set; }

    /// <summary>Gets or sets the processing time (int64; the 2022 API does not state the unit).</summary>
    [JsonPropertyName("processingTime")]
    public long? ProcessingTime { get; set; }

    /// <summary>Gets or sets whether logging is enabled for the execution.</summary>
    [JsonPropertyName("loggingEnabled")]
    public bool? LoggingEnabled { get; set; }

    /// <summary>Gets or sets the status word, kept exactly as sent; compare with <see cref="KodexaExecutionStatuses"/>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets what went wrong, when the execution failed.</summary>
    [JsonPropertyName("exceptionDetails")]
    public KodexaExceptionDetails? ExceptionDetails { get; set; }

    /// <summary>Gets or sets the latest status details (message and progress).</summary>
    [JsonPropertyName("statusDetails")]
    public KodexaStatusDetails? StatusDetails { get; set; }

    /// <summary>Gets or sets the pipeline (<c>{valid, ref, id, exceptions, steps}</c>), as sent.</summary>
    [JsonPropertyName("pipeline")]
    public JsonElement? Pipeline { get; set; }

    /// <summary>Gets or sets the parameters (a free-form object).</summary>
    [JsonPropertyName("parameters")]
    public JsonElement? Parameters { get; set; }

    /// <summary>Gets or sets the custom options (a free-form object).</summary>
    [JsonPropertyName("customOptions")]
    public JsonElement? CustomOptions { get; set; }

    /// <summary>Gets or sets the pipeline context (a free-form object).</summary>
    [JsonPropertyName("context")]
    public JsonElement? Context { get; set; }

    /// <summary>Gets or sets the content objects (documents) of the execution.</summary>
    [JsonPropertyName("contentObjects")]
    public List<KodexaContentObject>? ContentObjects { get; set; }

    /// <summary>Gets or sets the steps (read by the Python SDK; not in the 2022 schema), as sent.</summary>
    [JsonPropertyName("steps")]
    public JsonElement? Steps { get; set; }

    /// <summary>Gets or sets the id of the output content object (read by the Python SDK; not in the 2022 schema).</summary>
    [JsonPropertyName("outputId")]
    public string? OutputId { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the vendor sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"KodexaExecution {Id} ({Status})";
}
