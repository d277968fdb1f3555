using System.Text.Json;
using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Kodexa;

/// <summary>Checks the JSON types of a Kodexa request body the way Jackson would reject them: one entry per bad field.</summary>
internal static class KodexaBodyValidator
{
    public static List<(string Field, string Message, JsonNode? Rejected)> Validate(KodexaResource resource, JsonObject body)
    {
        var problems = new List<(string, string, JsonNode?)>();
        foreach (var field in resource.StringFields)
        {
            if (body[field] is { } value && value.GetValueKind() != JsonValueKind.String)
            {
                problems.Add((field, "must be a string", value));
            }
        }

        foreach (var field in resource.TimestampFields)
        {
            if (body[field] is { } value && (value.GetValueKind() != JsonValueKind.String || !SandboxTimestamps.TryParse(value.GetValue<string>(), out _)))
            {
                problems.Add((field, "must be an ISO 8601 date-time", value));
            }
        }

        foreach (var field in resource.ObjectFields)
        {
            if (body[field] is { } value && value.GetValueKind() != JsonValueKind.Object)
            {
                problems.Add((field, "must be an object", value));
            }
        }

        if (body["changeSequence"] is { } sequence
            && (sequence.GetValueKind() != JsonValueKind.Number || !sequence.AsValue().TryGetValue<int>(out _)))
        {
            problems.Add(("changeSequence", "must be a 32-bit integer", sequence));
        }

        if (body["id"] is JsonValue id && id.TryGetValue<string>(out var text) && !IsUsableId(text))
        {
            problems.Add(("id", "must be 1-255 characters without '/', '?', '#', control characters, and not '.' or '..'", id));
        }

        return problems;
    }

    public static bool IsUsableId(string id) =>
        id.Length is > 0 and <= 255
        && id.Trim().Length == id.Length
        && id is not ("." or "..")
        && !id.Any(c => c is '/' or '?' or '#' or '\\' || char.IsControl(c));
}
