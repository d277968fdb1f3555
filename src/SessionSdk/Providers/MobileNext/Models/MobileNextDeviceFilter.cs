using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MobileNext;

/// <summary>
/// One criterion for choosing a device to allocate, for example <c>platform EQUALS ios</c>. Attribute names are in
/// <see cref="MobileNextDeviceAttributes"/> and operators in <see cref="MobileNextDeviceFilterOperators"/>; both are
/// open sets, sent as given.
/// </summary>
public sealed class MobileNextDeviceFilter
{
    /// <summary>Creates an empty filter (for deserialization); set every property before sending it.</summary>
    public MobileNextDeviceFilter()
    {
    }

    /// <summary>Creates a filter.</summary>
    /// <param name="attribute">The device attribute, for example <see cref="MobileNextDeviceAttributes.Platform"/>.</param>
    /// <param name="operator">The comparison, for example <see cref="MobileNextDeviceFilterOperators.EqualTo"/>.</param>
    /// <param name="value">The value to compare with, for example <c>ios</c>.</param>
    public MobileNextDeviceFilter(string attribute, string @operator, string value)
    {
        Attribute = attribute;
        Operator = @operator;
        Value = value;
    }

    /// <summary>Gets or sets the device attribute: <c>platform</c>, <c>type</c>, <c>version</c>, <c>name</c> (or any the vendor adds).</summary>
    [JsonPropertyName("attribute")]
    public string? Attribute { get; set; }

    /// <summary>Gets or sets the comparison, for example <c>EQUALS</c> or <c>GREATER_THAN_OR_EQUALS</c>.</summary>
    [JsonPropertyName("operator")]
    public string? Operator { get; set; }

    /// <summary>Gets or sets the value to compare with.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    /// <summary>Gets or sets fields this type does not declare, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Attribute} {Operator} {Value}";
}
