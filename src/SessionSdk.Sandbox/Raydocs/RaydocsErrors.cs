using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>Raydocs' (Laravel's) error bodies: <c>{"message"}</c>, and 422 <c>{"message", "errors": {field: [messages]}}</c>.</summary>
internal static class RaydocsErrors
{
    public static Task MessageAsync(HttpContext context, int statusCode, string message) =>
        SandboxHttp.WriteJsonAsync(context, statusCode, new JsonObject { ["message"] = message });

    /// <summary>Writes an S3 error (<c>&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;</c>), as the storage behind a signed URL answers.</summary>
    public static async Task StorageAsync(HttpContext context, int statusCode, string code, string message)
    {
        var xml = new System.Xml.Linq.XElement("Error", new System.Xml.Linq.XElement("Code", code), new System.Xml.Linq.XElement("Message", message));
        var bytes = System.Text.Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml.ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/xml";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

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
