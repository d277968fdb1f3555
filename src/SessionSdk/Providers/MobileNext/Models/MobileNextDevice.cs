using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MobileNext;

/// <summary>
/// A device in a Mobile Next session: <c>{id|deviceId, platform, type, name, osVersion}</c> in the documented shapes,
/// <c>{status, info{serial}}</c> in the shape the vendor's own client reads.
/// </summary>
public sealed class MobileNextDevice
{
    /// <summary>Gets or sets the device id (grouped docs page).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    /// <summary>Gets or sets the device id (per-endpoint docs pages).</summary>
    [JsonPropertyName("deviceId")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? DeviceId { get; set; }

    /// <summary>Gets or sets the platform, for example <c>ios</c> or <c>android</c>.</summary>
    [JsonPropertyName("platform")]
    public string? Platform { get; set; }

    /// <summary>Gets or sets the device type, for example <c>real</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the device name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the operating-system version.</summary>
    [JsonPropertyName("osVersion")]
    public string? OsVersion { get; set; }

    /// <summary>Gets or sets the device's status in the session, for example <c>released</c> (observed shape only).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets the device details of the observed shape (<c>info{serial}</c>).</summary>
    [JsonPropertyName("info")]
    public MobileNextDeviceInfo? Info { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MobileNextDevice {Id ?? DeviceId ?? Info?.Serial} ({Platform} {OsVersion})";
}
