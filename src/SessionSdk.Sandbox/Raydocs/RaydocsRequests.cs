using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>Laravel-style validation of the create body: <c>extraction_template_id</c> (required UUID), <c>name</c> (string ≤ 255), <c>settings</c> (object).</summary>
internal static class RaydocsRequests
{
    public static (string? TemplateId, string? Name, JsonObject? Settings, List<(string Field, string Message)> Problems) ReadCreate(JsonObject body)
    {
        var problems = new List<(string Field, string Message)>();
        string? templateId = null;
        if (body["extraction_template_id"] is not JsonValue template || template.GetValueKind() == JsonValueKind.Null
            || (template.GetValueKind() == JsonValueKind.String && template.GetValue<string>().Length == 0))
        {
            problems.Add(("extraction_template_id", "The extraction template id field is required."));
        }
        else if (template.GetValueKind() != JsonValueKind.String || !Guid.TryParseExact(template.GetValue<string>(), "D", out _))
        {
            problems.Add(("extraction_template_id", "The extraction template id field must be a valid UUID."));
        }
        else
        {
            templateId = template.GetValue<string>();
        }

        string? name = null;
        if (body["name"] is { } nameNode && nameNode.GetValueKind() != JsonValueKind.Null)
        {
            if (nameNode.GetValueKind() != JsonValueKind.String)
            {
                problems.Add(("name", "The name field must be a string."));
            }
            else if ((name = nameNode.GetValue<string>()).Length > 255)
            {
                problems.Add(("name", "The name field must not be greater than 255 characters."));
            }
        }

        var settings = body["settings"] as JsonObject;
        if (body["settings"] is { } settingsNode && settingsNode.GetValueKind() is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            problems.Add(("settings", "The settings field must be an array."));
        }

        return (templateId, name, settings, problems);
    }
}
