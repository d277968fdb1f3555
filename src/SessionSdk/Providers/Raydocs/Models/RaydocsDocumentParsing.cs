using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>One parsing run of a Raydocs document.</summary>
public sealed class RaydocsDocumentParsing
{
    /// <summary>Gets or sets the parsing id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the hash of the parser configuration.</summary>
    [JsonPropertyName("config_hash")]
    public string? ConfigHash { get; set; }

    /// <summary>Gets or sets the status, for example <c>queued</c> (the full set is not documented).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets the parser version.</summary>
    [JsonPropertyName("parser_version")]
    public string? ParserVersion { get; set; }

    /// <summary>Gets or sets when the parsing was last updated, as the vendor wrote it.</summary>
    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"RaydocsDocumentParsing {Id} ({Status})";
}
