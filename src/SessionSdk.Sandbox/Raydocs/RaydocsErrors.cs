using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>Raydocs' (Laravel's) error bodies: <c>{"message"}</c>, and 422 <c>{"message", "errors": {field: [messages]}}</c>.</summary>
internal static class RaydocsErrors
{
    public static Task MessageAsync(HttpContext context, int statusCode, string message) =>
        SandboxHttp.WriteJsonAsync(context, statusCode, new JsonObject { ["message"] = message });

    /// <summary>Writes Laravel's validation failure: the first message, "(and N more errors)", and every message by field.</summary>
    public static Task ValidationAsync(HttpContext context, IReadOnlyList<(string Field, string Message)> problems)
    {
        var errors = new JsonObject();
        foreach (var (field, message) in problems)
        {
            if (errors[field] is JsonArray list)
            {
                list.Add(message);
            }
            else
            {
                errors[field] = new JsonArray(message);
            }
        }

        var more = problems.Count - 1;
        var summary = problems[0].Message + more switch
        {
            0 => string.Empty,
            1 => " (and 1 more error)",
            _ => $" (and {more} more errors)",
        };
        return SandboxHttp.WriteJsonAsync(context, StatusCodes.Status422UnprocessableEntity, new JsonObject { ["message"] = summary, ["errors"] = errors });
    }
}
