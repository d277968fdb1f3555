using System.Globalization;

namespace SessionSdk;

/// <summary>
/// Parses vendor timestamps typed as plain strings: <c>Z</c> or <c>±hh:mm</c> offsets, fractional seconds up to
/// microseconds (Python's <c>isoformat()</c>), or no offset (taken as UTC). Anything else is <see langword="null"/>,
/// never an exception: the raw string stays on the vendor object.
/// </summary>
internal static class LenientTimestamp
{
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed
            : null;
    }
}
