namespace SessionSdk.Providers.MobileNext;

/// <summary>The device attributes the vendor's client filters on (<see cref="MobileNextDeviceFilter.Attribute"/>). An open set: any other string is sent as given.</summary>
public static class MobileNextDeviceAttributes
{
    /// <summary><c>platform</c>: <c>ios</c> or <c>android</c>.</summary>
    public const string Platform = "platform";

    /// <summary><c>type</c>: for example <c>real</c>.</summary>
    public const string Type = "type";

    /// <summary><c>version</c>: the operating-system version, for comparisons such as <see cref="MobileNextDeviceFilterOperators.GreaterThanOrEqualTo"/>.</summary>
    public const string Version = "version";

    /// <summary><c>name</c>: the device name, for example with <see cref="MobileNextDeviceFilterOperators.StartsWith"/>.</summary>
    public const string Name = "name";
}
