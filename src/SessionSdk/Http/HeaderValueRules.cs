namespace SessionSdk;

/// <summary>
/// What the SDK lets into a request header: printable ASCII only. A CR or LF would end the header early, so a crafted
/// key could add headers or smuggle a second request onto a shared connection; a non-ASCII character makes .NET refuse
/// the request after the fact, which would otherwise look like a network failure.
/// </summary>
internal static class HeaderValueRules
{
    /// <summary>Says what is wrong with a header value (never quoting it), or returns <see langword="null"/> when it can be sent.</summary>
    public static string? Problem(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "must not be empty or whitespace";
        }

        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return "must be printable ASCII (no CR, LF, other control characters or non-ASCII characters)";
            }
        }

        return value.Trim() != value ? "must not start or end with whitespace" : null;
    }

    /// <summary>Whether a value can go on the wire as it is: printable ASCII or tab.</summary>
    public static bool IsSendable(string value)
    {
        foreach (var c in value)
        {
            if (c is (< ' ' and not '\t') or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
