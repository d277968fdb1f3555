using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MobileNext;

/// <summary>The <c>info</c> object of a device in the shape the vendor's own client reads.</summary>
public sealed class MobileNextDeviceInfo
{
    /// <summary>Gets or sets the device serial, which identifies the device when it has no <c>id</c>.</summary>
    [JsonPropertyName("serial")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Serial { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MobileNextDeviceInfo {Serial}";
}
