using System.Net.Http.Headers;

namespace SessionSdk;

/// <summary>Moves a response's content headers onto the content that replaces its body, so nothing the vendor sent is lost.</summary>
internal static class ContentHeaderCopy
{
    /// <summary>
    /// Copies every header but <c>Content-Length</c> (the new content knows its own): <c>Content-Type</c> as the
    /// parsed value the SDK already read, the rest as sent, without parsing them.
    /// </summary>
    public static void CopyAllButLength(HttpContentHeaders from, HttpContentHeaders to)
    {
        var type = from.ContentType;
        if (type is not null)
        {
            to.ContentType = type;
        }

        foreach (var (name, values) in from.NonValidated)
        {
            // A Content-Type that does not parse is copied as sent, like any other header.
            if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase)
                || (type is not null && string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var value in values)
            {
                to.TryAddWithoutValidation(name, value);
            }
        }
    }
}
