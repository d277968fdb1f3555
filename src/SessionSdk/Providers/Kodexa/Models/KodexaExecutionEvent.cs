using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// An event passed to a session for processing (<c>ExecutionEvent</c>, the body of <c>POST /api/sessions/{sessionId}/events</c>;
/// 2022 API). The 2022 schema requires <see cref="SessionId"/>, <see cref="Token"/> and <see cref="Type"/>.
/// </summary>
public sealed class KodexaExecutionEvent
{
    /// <summary>Gets or sets the event id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the secondary UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets when the record was created.</summary>
    [JsonPropertyName("createdOn")]
    public DateTimeOffset? CreatedOn { get; set; }

    /// <summary>Gets or sets when the record was last updated.</summary>
    [JsonPropertyName("updatedOn")]
    public DateTimeOffset? UpdatedOn { get; set; }

    /// <summary>Gets or sets the event type: <c>START_EXECUTION</c>, <c>STEP_UPDATE</c>, <c>ASSISTANT_EVENT</c> or <c>ASSISTANT_RESPONSE</c> (kept as sent).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the status word; see <see cref="KodexaExecutionStatuses"/>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets the execution the event is about.</summary>
    [JsonPropertyName("execution")]
    public KodexaExecution? Execution { get; set; }

    /// <summary>Gets or sets the store reference.</summary>
    [JsonPropertyName("storeRef")]
    public string? StoreRef { get; set; }

    /// <summary>Gets or sets the document family id.</summary>
    [JsonPropertyName("documentFamilyId")]
    public string? DocumentFamilyId { get; set; }

    /// <summary>Gets or sets the session id.</summary>
    [JsonPropertyName("sessionId")]
    public string? SessionId { get; set; }

    /// <summary>Gets or sets the session token. A secret: never printed.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>Gets or sets the pipeline (<c>{valid, ref, id, exceptions, steps}</c>), as sent.</summary>
    [JsonPropertyName("pipeline")]
    public JsonElement? Pipeline { get; set; }

    /// <summary>Gets or sets the assistant execution, as sent.</summary>
    [JsonPropertyName("assistant")]
    public JsonElement? Assistant { get; set; }

    /// <summary>Gets or sets the source (a free-form object).</summary>
    [JsonPropertyName("source")]
    public JsonElement? Source { get; set; }

    /// <summary>Gets or sets the payload (a free-form object).</summary>
    [JsonPropertyName("payload")]
    public JsonElement? Payload { get; set; }

    /// <summary>Gets or sets the id of the input content object.</summary>
    [JsonPropertyName("inputId")]
    public string? InputId { get; set; }

    /// <summary>Gets or sets the platform URL.</summary>
    [JsonPropertyName("platformUrl")]
    public string? PlatformUrl { get; set; }

    /// <summary>Gets or sets the session call-back URL.</summary>
    [JsonPropertyName("sessionCallBackUrl")]
    public string? SessionCallBackUrl { get; set; }

    /// <summary>Gets or sets when the event was created.</summary>
    [JsonPropertyName("created")]
    public DateTimeOffset? Created { get; set; }

    /// <summary>Gets or sets when processing started.</summary>
    [JsonPropertyName("startDate")]
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>Gets or sets when processing ended.</summary>
    [JsonPropertyName("endDate")]
    public DateTimeOffset? EndDate { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"KodexaExecutionEvent {Type} for session {SessionId} ({Status})";
}
