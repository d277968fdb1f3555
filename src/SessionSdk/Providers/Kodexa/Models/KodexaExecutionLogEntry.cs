using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>One log line of an execution (<c>ExecutionLogEntry</c>, 2022 API). To add one, setting <see cref="Entry"/> is enough.</summary>
public sealed class KodexaExecutionLogEntry
{
    /// <summary>Gets or sets the log entry id.</summary>
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

    /// <summary>Gets or sets when the line was logged.</summary>
    [JsonPropertyName("logDate")]
    public DateTimeOffset? LogDate { get; set; }

    /// <summary>Gets or sets the text.</summary>
    [JsonPropertyName("entry")]
    public string? Entry { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"KodexaExecutionLogEntry {LogDate:O} {Entry}";
}
