using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Kodexa;

/// <summary>Kodexa's legacy execution sub-resources of a session: execute (multipart), the executions page, one execution, its logs and its status.</summary>
internal sealed partial class KodexaVendor
{
    private async Task ExecuteAsync(HttpContext context)
    {
        var id = SandboxHttp.RouteValue(context, "id");
        if (_sessions.Get(id) is not { } session)
        {
            await NotFoundAsync(context, _sessions, id).ConfigureAwait(false);
            return;
        }

        if (session["state"] is JsonValue state && state.TryGetValue<string>(out var word) && word == "CLOSED")
        {
            await _errors.ExceptionAsync(context, 400, $"Session {id} is CLOSED: open it again before executing documents").ConfigureAwait(false);
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await _errors.ExceptionAsync(context, 400, "Current request is not a multipart request").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var file = form.Files.GetFile("document") ?? form.Files.GetFile("file_document") ?? form.Files.GetFile("file");
        if (file is null)
        {
            await _errors.ValidationAsync(context, [("document", "a document part (or file and file_document) is required", null)]).ConfigureAwait(false);
            return;
        }

        JsonObject? options = null;
        if (form.TryGetValue("options", out var optionsText) && !string.IsNullOrWhiteSpace(optionsText))
        {
            try
            {
                options = JsonNode.Parse(optionsText.ToString()) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
            }

            if (options is null)
            {
                await _errors.ValidationAsync(context, [("options", "must be a JSON object", JsonValue.Create(optionsText.ToString()))]).ConfigureAwait(false);
                return;
            }
        }

        await SandboxHttp.WriteJsonAsync(context, 200, _executions.Start(id, file.FileName, options)).ConfigureAwait(false);
    }

    private async Task ExecutionsAsync(HttpContext context)
    {
        var id = SandboxHttp.RouteValue(context, "id");
        var problems = new List<(string, string, JsonNode?)>();
        var query = KodexaListQuery.Parse(context.Request, problems);
        if (problems.Count > 0)
        {
            await _errors.ValidationAsync(context, problems).ConfigureAwait(false);
            return;
        }

        if (_sessions.Get(id) is null)
        {
            await NotFoundAsync(context, _sessions, id).ConfigureAwait(false);
            return;
        }

        await SandboxHttp.WriteJsonAsync(context, 200, KodexaPage.Create(_executions.List(id), query)).ConfigureAwait(false);
    }

    private Task ExecutionAsync(HttpContext context) =>
        WithExecutionAsync(context, (id, executionId) => _executions.Get(id, executionId));

    private Task LogsAsync(HttpContext context) =>
        WithExecutionAsync(context, (id, executionId) => _executions.Logs(id, executionId));

    private async Task StatusAsync(HttpContext context)
    {
        var body = await SandboxHttp.ReadJsonAsync(context).ConfigureAwait(false);
        if (body.Object is not { } details)
        {
            await _errors.ExceptionAsync(context, 400, "Required request body is missing or is not a StatusDetails object").ConfigureAwait(false);
            return;
        }

        await WithExecutionAsync(context, (id, executionId) => _executions.SetStatus(id, executionId, details)).ConfigureAwait(false);
    }

    /// <summary>Answers what <paramref name="read"/> finds, or the 404 for a missing session or execution.</summary>
    private async Task WithExecutionAsync(HttpContext context, Func<string, string, JsonNode?> read)
    {
        var id = SandboxHttp.RouteValue(context, "id");
        var executionId = SandboxHttp.RouteValue(context, "executionId");
        if (_sessions.Get(id) is null)
        {
            await NotFoundAsync(context, _sessions, id).ConfigureAwait(false);
            return;
        }

        if (read(id, executionId) is { } found)
        {
            await SandboxHttp.WriteJsonAsync(context, 200, found).ConfigureAwait(false);
            return;
        }

        await _errors.ExceptionAsync(context, 404, $"Execution with id {executionId} not found").ConfigureAwait(false);
    }
}
