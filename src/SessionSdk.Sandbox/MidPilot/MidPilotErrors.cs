using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.MidPilot;

/// <summary>FastAPI's error bodies: <c>{"detail": "…"}</c> and the 422 validation list <c>{"detail": [{type, loc, msg, input, ctx?}]}</c>.</summary>
internal static class MidPilotErrors
{
    public static Task DetailAsync(HttpContext context, int statusCode, string detail) =>
        SandboxHttp.WriteJsonAsync(context, statusCode, new JsonObject { ["detail"] = detail });

    public static JsonObject Problem(string type, JsonArray location, string message, JsonNode? input, JsonObject? ctx = null)
    {
        var problem = new JsonObject { ["type"] = type, ["loc"] = location, ["msg"] = message, ["input"] = input };
        if (ctx is not null)
        {
            problem["ctx"] = ctx;
        }

        return problem;
    }

    public static JsonObject? SessionIdProblem(string raw, out Guid id)
    {
        if (PydanticUuid.TryParse(raw, out id, out var error))
        {
            return null;
        }

        return Problem("uuid_parsing", new JsonArray("path", "session_id"), "Input should be a valid UUID, " + error, raw, new JsonObject { ["error"] = error });
    }

    public static Task ValidationAsync(HttpContext context, IEnumerable<JsonObject> problems) =>
        SandboxHttp.WriteJsonAsync(context, StatusCodes.Status422UnprocessableEntity, new JsonObject { ["detail"] = new JsonArray(problems.Select(p => (JsonNode)p).ToArray()) });
}
