namespace SessionSdk;

/// <summary>
/// Checks ids before they reach a URL. Refit escapes <c>/ ? #</c> in path segments but lets <c>.</c> and <c>..</c>
/// through, and the URI class then resolves them (<c>DELETE /sessions/..</c> would hit the collection).
/// </summary>
internal static class SessionIdGuard
{
    public const int MaxLength = 256;

    public static string Validate(string? id, string parameterName = "sessionId")
    {
        ArgumentNullException.ThrowIfNull(id, parameterName);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("The id must not be empty or whitespace.", parameterName);
        }

        if (id is "." or "..")
        {
            throw new ArgumentException("The id must not be '.' or '..'.", parameterName);
        }

        if (id.Length > MaxLength)
        {
            throw new ArgumentException($"The id is {id.Length} characters long; at most {MaxLength} are accepted.", parameterName);
        }

        foreach (var c in id)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException("The id must not contain control characters.", parameterName);
            }
        }

        if (id.Trim() != id)
        {
            throw new ArgumentException("The id must not start or end with whitespace.", parameterName);
        }

        return id;
    }
}
