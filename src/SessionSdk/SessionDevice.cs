using System.Text.Json;

namespace SessionSdk;

/// <summary>A device allocated to a session (Mobile Next device sessions).</summary>
public sealed class SessionDevice
{
    /// <summary>Gets the device id (Mobile Next <c>id</c>, <c>deviceId</c> or <c>info.serial</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the platform, for example <c>ios</c> or <c>android</c>.</summary>
    public string? Platform { get; init; }

    /// <summary>Gets the device type, for example <c>real</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the device name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the operating-system version.</summary>
    public string? OsVersion { get; init; }

    /// <summary>Gets the device's status exactly as the vendor sent it, for example <c>released</c>.</summary>
    public string? RawStatus { get; init; }

    /// <summary>Gets the vendor fields with no member of their own here. Never <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = Session.EmptyProperties;

    /// <summary>Gets the vendor's own object.</summary>
    public object? RawRepresentation { get; init; }
}
