using System.Globalization;

namespace SessionSdk.Demo;

/// <summary>Prints sessions as a plain-text table.</summary>
internal static class SessionTable
{
    private static readonly string[] Headers = ["PROVIDER", "ID", "KIND", "STATUS", "NAME", "CREATED (UTC)"];

    public static void Write(TextWriter output, IReadOnlyList<Session> sessions, string indent = "   ")
    {
        var rows = sessions.Select(s => new[]
        {
            s.ProviderName,
            s.Id,
            s.Kind,
            Status(s),
            Shorten(s.Name ?? "-", 28),
            s.CreatedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-",
        }).ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(indent + Line(Headers, widths));
        foreach (var row in rows)
        {
            output.WriteLine(indent + Line(row, widths));
        }
    }

    public static string Status(Session session) =>
        session.RawStatus is { } raw && !string.Equals(raw, session.Status.Value, StringComparison.OrdinalIgnoreCase)
            ? $"{session.Status} ({raw})"
            : session.Status.ToString();

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))).TrimEnd();

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
