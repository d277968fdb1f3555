using System.Text.Json;

namespace SessionSdk;

/// <summary>Turns the composite position into an opaque, URL-safe string (base64url of versioned JSON) and back.</summary>
internal static class CompositeTokenCodec
{
    private const int MaxTokenLength = 64 * 1024;
    private const string ParameterName = "query";

    public static string Encode(CompositeContinuationToken token)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(token, CompositeJsonContext.Default.CompositeContinuationToken);
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <exception cref="ArgumentException">The token is not one the composite client issued (or is from an unknown version).</exception>
    public static CompositeContinuationToken Decode(string value)
    {
        if (value.Length is 0 or > MaxTokenLength)
        {
            throw Malformed("its length is out of range");
        }

        CompositeContinuationToken? token;
        try
        {
            var base64 = value.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            token = JsonSerializer.Deserialize(Convert.FromBase64String(base64), CompositeJsonContext.Default.CompositeContinuationToken);
        }
        catch (FormatException e)
        {
            throw Malformed("it is not base64url", e);
        }
        catch (JsonException e)
        {
            throw Malformed("its content is not readable", e);
        }

        if (token is null || token.Version != CompositeContinuationToken.CurrentVersion)
        {
            throw Malformed($"its version is not {CompositeContinuationToken.CurrentVersion}");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var position in token.Providers ?? throw Malformed("it lists no providers"))
        {
            if (position is null || string.IsNullOrWhiteSpace(position.Name) || !seen.Add(position.Name))
            {
                throw Malformed("a provider entry is missing or repeated");
            }

            if (position.Consumed < 0 || position.PageSize is < 1 or > CompositeSessionClientOptions.MaxPageSize)
            {
                throw Malformed($"the entry for '{position.Name}' is out of range");
            }
        }

        return token;
    }

    private static ArgumentException Malformed(string why, Exception? inner = null) =>
        new($"The continuation token was not issued by the composite session client: {why}. Pass back SessionPage.ContinuationToken unchanged.", ParameterName, inner);
}
