using System.Globalization;

namespace SessionSdk.Sandbox.MobileNext;

/// <summary>
/// The sandbox's device fleet and the allocation filters of <c>mobilecli</c>: attributes <c>platform</c>, <c>type</c>,
/// <c>version</c>, <c>name</c>; operators <c>EQUALS</c>, <c>GREATER_THAN</c>, <c>GREATER_THAN_OR_EQUALS</c>,
/// <c>LESS_THAN</c>, <c>LESS_THAN_OR_EQUALS</c>, <c>STARTS_WITH</c>. Devices are not exclusive in the sandbox.
/// </summary>
internal static class MobileNextFleet
{
    public static readonly IReadOnlyList<string> Attributes = ["platform", "type", "version", "name"];

    public static readonly IReadOnlyList<string> Operators = ["EQUALS", "GREATER_THAN", "GREATER_THAN_OR_EQUALS", "LESS_THAN", "LESS_THAN_OR_EQUALS", "STARTS_WITH"];

    public static readonly IReadOnlyList<MobileNextDevice> Devices =
    [
        new("00008130-0011245A3C80001E", "ios", "real", "iPhone 15 Pro", "17.5"),
        new("00008120-000E4D8A1A92201E", "ios", "real", "iPhone 14 Plus", "17.2"),
        new("00008110-001C19D22E38801E", "ios", "real", "iPhone 13", "16.7"),
        new("00008103-0012345A0C01001E", "ios", "real", "iPad Pro 11", "17.4"),
        new("9B1C4D2E-7F3A-4C5B-8D6E-0A1B2C3D4E5F", "ios", "simulator", "iPhone 15 Simulator", "17.0"),
        new("33011FDH2000AB", "android", "real", "Pixel 8", "14"),
        new("2B111FDH3000CD", "android", "real", "Pixel 7a", "13"),
        new("R5CW21ABCDE", "android", "real", "Galaxy S23", "14"),
        new("R3CT60FGHIJ", "android", "real", "Galaxy A54", "13"),
        new("emulator-5554", "android", "emulator", "Pixel 6 Emulator", "12"),
    ];

    /// <summary>Returns the first device that passes every filter, or <see langword="null"/>.</summary>
    public static MobileNextDevice? Find(IReadOnlyList<(string Attribute, string Operator, string Value)> filters) =>
        Devices.FirstOrDefault(device => filters.All(f => Matches(device, f.Attribute, f.Operator, f.Value)));

    private static bool Matches(MobileNextDevice device, string attribute, string op, string value)
    {
        var actual = attribute switch
        {
            "platform" => device.Platform,
            "type" => device.Type,
            "version" => device.OsVersion,
            _ => device.Name,
        };
        if (op == "STARTS_WITH")
        {
            return actual.StartsWith(value, StringComparison.OrdinalIgnoreCase);
        }

        var comparison = attribute == "version" ? CompareVersions(actual, value) : string.Compare(actual, value, StringComparison.OrdinalIgnoreCase);
        return op switch
        {
            "EQUALS" => comparison == 0,
            "GREATER_THAN" => comparison > 0,
            "GREATER_THAN_OR_EQUALS" => comparison >= 0,
            "LESS_THAN" => comparison < 0,
            _ => comparison <= 0,
        };
    }

    private static int CompareVersions(string left, string right)
    {
        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "0";
            var y = i < b.Length ? b[i] : "0";
            var result = int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var xi) && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var yi)
                ? xi.CompareTo(yi)
                : string.CompareOrdinal(x, y);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }
}
