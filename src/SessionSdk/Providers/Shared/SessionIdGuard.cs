using System.Diagnostics.CodeAnalysis;

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
        return Problem(id) is { } problem ? throw new ArgumentException(problem, parameterName) : id;
    }

    /// <summary>Whether an id (for example one a vendor handed back) would pass <see cref="Validate"/>.</summary>
    public static bool IsValid([NotNullWhen(true)] string? id) => id is not null && Problem(id) is null;

    private static string? Problem(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "The id must not be empty or whitespace.";
        }

        if (id is "." or "..")
        {
            return "The id must not be '.' or '..'.";
        }

        if (id.Length > MaxLength)
        {
            return $"The id is {id.Length} characters long; at most {MaxLength} are accepted.";
        }

        if (id.Any(char.IsControl))
        {
            return "The id must not contain control characters.";
        }

        return id.Trim() != id ? "The id must not start or end with whitespace." : null;
    }
}
