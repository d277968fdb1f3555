using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>A Kodexa session (<c>/api/sessions</c>), as the vendor sends it. Fields the SDK does not know are kept in <see cref="AdditionalProperties"/> and sent back on update.</summary>
public sealed class KodexaSession
{
    /// <summary>Gets or sets the session id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the secondary UUID (hyphenated or 32 hex characters).</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets the optimistic-locking version.</summary>
    [JsonPropertyName("changeSequence")]
    public int? ChangeSequence { get; set; }

    /// <summary>Gets or sets when the session was created.</summary>
    [JsonPropertyName("createdOn")]
    public DateTimeOffset? CreatedOn { get; set; }

    /// <summary>Gets or sets when the session was last updated.</summary>
    [JsonPropertyName("updatedOn")]
    public DateTimeOffset? UpdatedOn { get; set; }

    /// <summary>Gets or sets the owning organization's id.</summary>
    [JsonPropertyName("organizationId")]
    public string? OrganizationId { get; set; }

    /// <summary>Gets or sets the owning organization.</summary>
    [JsonPropertyName("organization")]
    public KodexaOrganization? Organization { get; set; }

    /// <summary>Gets or sets the state: <c>OPEN</c> or <c>CLOSED</c> in the 2022 schema, a free string in the current docs.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Gets or sets the session token. A secret: it is never copied into <see cref="Session"/> and never printed.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>Gets or sets when the session was last accessed (2022 schema only).</summary>
    [JsonPropertyName("lastAccessed")]
    public DateTimeOffset? LastAccessed { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the vendor sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"KodexaSession {Id} ({State})";
}
