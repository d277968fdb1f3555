using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>The answer to a batch execute: the extractions are queued and run asynchronously.</summary>
public sealed class RaydocsBatchExecuteResponse
{
    /// <summary>Gets or sets the vendor's message, for example <c>Extractions queued</c>.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Gets or sets how many extractions were queued.</summary>
    [JsonPropertyName("queued_count")]
    public int? QueuedCount { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsBatchExecuteResponse {QueuedCount} queued";
}
