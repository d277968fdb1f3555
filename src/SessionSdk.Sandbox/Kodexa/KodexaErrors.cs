using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Kodexa;

/// <summary>Kodexa's two documented error bodies: <c>ExceptionResponse</c> (400, 404, …) and <c>ThrowableProblem</c> (401, 403).</summary>
internal sealed class KodexaErrors(SandboxClock clock, SandboxRandom random)
{
    /// <summary>Writes <c>{dateTime, message, incidentId, contextPath[, errors]}</c>.</summary>
    public Task ExceptionAsync(HttpContext context, int statusCode, string message, JsonObject? errors = null)
    {
        var body = new JsonObject
        {
            ["dateTime"] = SandboxTimestamps.JavaInstant(clock.Peek()),
            ["message"] = message,
            ["incidentId"] = random.NextId(),
            ["contextPath"] = context.Request.Path.Value,
        };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return SandboxHttp.WriteJsonAsync(context, statusCode, body);
    }

    /// <summary>Writes a 400 whose <c>errors</c> map names each bad field: <c>{"field": {"message", "rejectedValue"}}</c>.</summary>
    public Task ValidationAsync(HttpContext context, IReadOnlyList<(string Field, string Message, JsonNode? Rejected)> problems)
    {
        var errors = new JsonObject();
        foreach (var (field, message, rejected) in problems)
        {
            errors[field] = new JsonObject { ["message"] = message, ["rejectedValue"] = rejected?.DeepClone() };
        }

        return ExceptionAsync(context, StatusCodes.Status400BadRequest, "Validation failed: " + string.Join(", ", problems.Select(p => $"{p.Field} {p.Message}")), errors);
    }

    /// <summary>Writes a Zalando-style problem (<c>application/problem+json</c>): <c>{type, title, status, detail, instance, message}</c>.</summary>
    public static Task ProblemAsync(HttpContext context, int statusCode, string title, string detail)
    {
        var body = new JsonObject
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = statusCode,
            ["detail"] = detail,
            ["instance"] = context.Request.Path.Value,
            ["message"] = title + ": " + detail,
            ["parameters"] = new JsonObject(),
        };
        return SandboxHttp.WriteJsonAsync(context, statusCode, body, "application/problem+json");
    }
}
