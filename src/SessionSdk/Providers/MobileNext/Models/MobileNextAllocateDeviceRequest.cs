using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MobileNext;

/// <summary>The body of <c>POST /api/v1/sessions/{sessionId}/devices</c>: which device to allocate.</summary>
public sealed class MobileNextAllocateDeviceRequest
{
    /// <summary>Gets or sets the criteria a device must meet, all of them.</summary>
    [JsonPropertyName("filters")]
    public List<MobileNextDeviceFilter> Filters { get; set; } = [];

    /// <summary>Gets or sets fields this type does not declare, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"MobileNextAllocateDeviceRequest [{string.Join(", ", Filters)}]";
}
