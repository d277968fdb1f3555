using System.Text;
using WireMock.Logging;

namespace SessionSdk.IntegrationTests.Kodexa;

/// <summary>Reads the parts of a recorded multipart/form-data request, so tests can assert each part by name.</summary>
internal static class KodexaMultipart
{
    public sealed record Part(string Name, string? FileName, string? ContentType, string Body);

    public static IReadOnlyList<Part> Parts(ILogEntry entry)
    {
        var message = entry.RequestMessage!;
        var contentType = message.Headers!.First(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value.First();
        Assert.StartsWith("multipart/form-data", contentType, StringComparison.Ordinal);
        var boundary = contentType.Split(';').Select(p => p.Trim()).First(p => p.StartsWith("boundary=", StringComparison.Ordinal))["boundary=".Length..].Trim('"');
        var body = Encoding.UTF8.GetString(message.BodyAsBytes ?? Encoding.UTF8.GetBytes(message.Body ?? string.Empty));

        var parts = new List<Part>();
        foreach (var section in body.Split("--" + boundary).Skip(1))
        {
            if (section.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var split = section.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = section[..split].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var content = section[(split + 4)..];
            content = content.EndsWith("\r\n", StringComparison.Ordinal) ? content[..^2] : content;
            var disposition = headers.First(h => h.StartsWith("Content-Disposition:", StringComparison.OrdinalIgnoreCase));
            parts.Add(new Part(
                Parameter(disposition, "name")!,
                Parameter(disposition, "filename"),
                headers.FirstOrDefault(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?["Content-Type:".Length..].Trim(),
                content));
        }

        return parts;
    }

    private static string? Parameter(string disposition, string name) =>
        disposition.Split(';').Select(p => p.Trim()).Where(p => p.StartsWith(name + "=", StringComparison.Ordinal)).Select(p => p[(name.Length + 1)..].Trim('"')).FirstOrDefault();
}
