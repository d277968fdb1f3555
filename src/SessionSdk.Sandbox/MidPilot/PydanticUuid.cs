using System.Globalization;

namespace SessionSdk.Sandbox.MidPilot;

/// <summary>
/// Parses a UUID the way pydantic v2 does (simple 32-hex, hyphenated, braced, <c>urn:uuid:</c>), and on failure gives
/// the same reason text, which FastAPI puts in its 422 body.
/// </summary>
internal static class PydanticUuid
{
    private static readonly int[] GroupLengths = [8, 4, 4, 4, 12];

    public static bool TryParse(string input, out Guid value, out string error)
    {
        error = string.Empty;
        var text = input;
        var offset = 0;
        if (text.StartsWith("urn:uuid:", StringComparison.Ordinal))
        {
            text = text[9..];
            offset = 9;
        }
        else if (text.Length > 1 && text[0] == '{' && text[^1] == '}')
        {
            text = text[1..^1];
            offset = 1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiHexDigit(text[i]) && text[i] != '-')
            {
                value = default;
                error = string.Create(CultureInfo.InvariantCulture, $"invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `{text[i]}` at {i + offset + 1}");
                return false;
            }
        }

        if (!text.Contains('-', StringComparison.Ordinal))
        {
            if (text.Length != 32)
            {
                value = default;
                error = string.Create(CultureInfo.InvariantCulture, $"invalid length: expected length 32 for simple format, found {text.Length}");
                return false;
            }

            return Guid.TryParseExact(text, "N", out value);
        }

        var groups = text.Split('-');
        if (groups.Length != 5)
        {
            value = default;
            error = string.Create(CultureInfo.InvariantCulture, $"invalid group count: expected 5, found {groups.Length}");
            return false;
        }

        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g].Length != GroupLengths[g])
            {
                value = default;
                error = string.Create(CultureInfo.InvariantCulture, $"invalid group length in group {g}: expected {GroupLengths[g]}, found {groups[g].Length}");
                return false;
            }
        }

        return Guid.TryParseExact(text, "D", out value);
    }
}
