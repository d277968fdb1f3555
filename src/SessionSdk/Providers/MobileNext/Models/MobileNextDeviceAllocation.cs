using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MobileNext;

/// <summary>The answer to a device allocation: <c>{"allocationId", "state"}</c>; <c>state</c> is <c>allocating</c> until the device is ready.</summary>
public sealed class MobileNextDeviceAllocation
{
    /// <summary>Gets or sets the allocation's id.</summary>
    [JsonPropertyName("allocationId")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? AllocationId { get; set; }

    /// <summary>Gets or sets the allocation's state, for example <c>allocating</c>; the vendor documents no fixed set.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MobileNextDeviceAllocation {AllocationId} ({State})";
}
