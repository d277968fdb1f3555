using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MobileNext;

/// <summary>
/// A Mobile Next device session (<c>/api/v1/sessions</c>), as the vendor sends it. The vendor documents two shapes
/// and its own client sees a third, so every alias has a property of its own: <c>id</c>|<c>sessionId</c>,
/// <c>organization</c>|<c>organizationId</c>, <c>user</c>|<c>userId</c>, and <c>device</c>|<c>devices</c>.
/// Fields the SDK does not know are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class MobileNextSession
{
    /// <summary>Gets or sets the session id (grouped docs page and the vendor's client).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    /// <summary>Gets or sets the session id (per-endpoint docs pages).</summary>
    [JsonPropertyName("sessionId")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? SessionId { get; set; }

    /// <summary>Gets or sets the owning organization's reference (grouped docs page: a string).</summary>
    [JsonPropertyName("organization")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Organization { get; set; }

    /// <summary>Gets or sets the owning organization's id (per-endpoint docs pages: an integer; read from a number or a string).</summary>
    [JsonPropertyName("organizationId")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? OrganizationId { get; set; }

    /// <summary>Gets or sets the id of the user who created the session (grouped docs page).</summary>
    [JsonPropertyName("user")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? User { get; set; }

    /// <summary>Gets or sets the id of the user who created the session (per-endpoint docs pages).</summary>
    [JsonPropertyName("userId")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? UserId { get; set; }

    /// <summary>Gets or sets the single device of the documented shapes.</summary>
    [JsonPropertyName("device")]
    public MobileNextDevice? Device { get; set; }

    /// <summary>Gets or sets the devices of the shape the vendor's own client reads (<c>{status, info{serial}}</c> each).</summary>
    [JsonPropertyName("devices")]
    public List<MobileNextDevice>? Devices { get; set; }

    /// <summary>Gets or sets when the session was created (RFC 3339), exactly as sent.</summary>
    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets when the session was released (RFC 3339), exactly as sent; <see langword="null"/> (or absent) while it is active.</summary>
    [JsonPropertyName("releasedAt")]
    public string? ReleasedAt { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the vendor sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MobileNextSession {Id ?? SessionId}" + (ReleasedAt is null ? string.Empty : " (released)");
}
