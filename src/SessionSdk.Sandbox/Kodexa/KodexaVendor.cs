using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Kodexa;

/// <summary>
/// Kodexa's <c>/api/sessions</c> and <c>/api/orchestrator-agent-sessions</c>, following Kodexa's generic CRUD
/// convention as the 2022 OpenAPI shows it: create, update and delete answer 200; list is a Spring page. Sessions
/// also have the legacy execution sub-resources: execute (multipart), executions (a Spring page), one execution, its
/// logs, and its status.
/// </summary>
internal sealed partial class KodexaVendor : SandboxVendor
{
    private readonly KodexaErrors _errors;
    private readonly KodexaCollection _sessions;
    private readonly KodexaCollection _agents;
    private readonly KodexaExecutions _executions;

    public KodexaVendor(SessionSandboxOptions options, SandboxClock clock)
        : base(options, clock)
    {
        var random = new SandboxRandom(1001);

        // Incident ids come from a stream of their own, so errors never shift the ids of created sessions.
        _errors = new KodexaErrors(clock, new SandboxRandom(1002));
        _sessions = new KodexaCollection(KodexaResource.Sessions, clock, random);
        _agents = new KodexaCollection(KodexaResource.AgentSessions, clock, random);
        _executions = new KodexaExecutions(clock, new SandboxRandom(1003));
    }

    public override SandboxVendors Vendor => SandboxVendors.Kodexa;

    public override void Seed() => KodexaSeed.Seed(_sessions, _agents, Clock.SeedAnchor);

    public override void Map(IEndpointRouteBuilder routes)
    {
        foreach (var collection in new[] { _sessions, _agents })
        {
            var path = "/api/" + collection.Resource.Path;
            routes.MapGet(path, context => ListAsync(context, collection));
            routes.MapPost(path, context => CreateAsync(context, collection));
            routes.MapGet(path + "/{id}", context => GetAsync(context, collection));
            routes.MapPut(path + "/{id}", context => ReplaceAsync(context, collection));
            routes.MapDelete(path + "/{id}", context => DeleteAsync(context, collection));
        }

        routes.MapPost("/api/sessions/{id}/execute", ExecuteAsync);
        routes.MapGet("/api/sessions/{id}/executions", ExecutionsAsync);
        routes.MapGet("/api/sessions/{id}/executions/{executionId}", ExecutionAsync);
        routes.MapGet("/api/sessions/{id}/executions/{executionId}/logs", LogsAsync);
        routes.MapPut("/api/sessions/{id}/executions/{executionId}/status", StatusAsync);
        MapUnserved(routes, HttpMethods.Post, "/api/sessions/{id}/executions/{executionId}/logs");
    }

    /// <summary><c>x-api-key</c> wins when both headers are sent; the legacy <c>x-access-token</c> counts only on its own.</summary>
    public override async Task<bool> AuthenticateAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        var presented = headers.TryGetValue("x-api-key", out var apiKey) ? apiKey.ToString()
            : headers.TryGetValue("x-access-token", out var legacy) ? legacy.ToString()
            : null;
        if (SecretEquals(presented, Options.KodexaApiKey))
        {
            return true;
        }

        await KodexaErrors.ProblemAsync(
            context,
            StatusCodes.Status401Unauthorized,
            "Unauthorized",
            presented is null ? "Full authentication is required to access this resource: send your API key in the x-api-key header." : "The API key is not valid.").ConfigureAwait(false);
        return false;
    }

    public override Task WriteFaultAsync(HttpContext context, SandboxFault fault) => fault switch
    {
        SandboxFault.RouteNotFound => _errors.ExceptionAsync(context, 501, SandboxHttp.Unserved(context)),
        SandboxFault.MethodNotAllowed => _errors.ExceptionAsync(context, 405, $"Request method '{context.Request.Method}' is not supported"),
        SandboxFault.ServiceUnavailable => _errors.ExceptionAsync(context, 503, "Service temporarily unavailable"),
        SandboxFault.RateLimited => _errors.ExceptionAsync(context, 429, "Too many requests"),
        SandboxFault.PayloadTooLarge => _errors.ExceptionAsync(context, 413, "Request body too large"),
        _ => _errors.ExceptionAsync(context, 500, "An unexpected error occurred"),
    };

    private async Task ListAsync(HttpContext context, KodexaCollection collection)
    {
        var problems = new List<(string, string, JsonNode?)>();
        var query = KodexaListQuery.Parse(context.Request, problems);
        if (problems.Count > 0)
        {
            await _errors.ValidationAsync(context, problems).ConfigureAwait(false);
            return;
        }

        var matches = collection.Query(query);
        await SandboxHttp.WriteJsonAsync(context, 200, KodexaPage.Create(matches, query)).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context, KodexaCollection collection)
    {
        var id = SandboxHttp.RouteValue(context, "id");
        if (collection.Get(id) is { } item)
        {
            await SandboxHttp.WriteJsonAsync(context, 200, item).ConfigureAwait(false);
            return;
        }

        await NotFoundAsync(context, collection, id).ConfigureAwait(false);
    }

    private async Task CreateAsync(HttpContext context, KodexaCollection collection)
    {
        if (await ReadBodyAsync(context, collection).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (collection.Create(body) is { } created)
        {
            await SandboxHttp.WriteJsonAsync(context, 200, created).ConfigureAwait(false);
            return;
        }

        await _errors.ExceptionAsync(context, 409, $"{collection.Resource.Noun} with id {body["id"]} already exists").ConfigureAwait(false);
    }

    private async Task ReplaceAsync(HttpContext context, KodexaCollection collection)
    {
        var id = SandboxHttp.RouteValue(context, "id");
        if (await ReadBodyAsync(context, collection).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (body["id"] is JsonValue given && given.TryGetValue<string>(out var bodyId) && bodyId != id)
        {
            await _errors.ValidationAsync(context, [("id", "must match the id in the path", given)]).ConfigureAwait(false);
            return;
        }

        var result = collection.Replace(id, body);
        switch (result.Outcome)
        {
            case KodexaReplaceOutcome.Replaced:
                await SandboxHttp.WriteJsonAsync(context, 200, result.Item).ConfigureAwait(false);
                break;
            case KodexaReplaceOutcome.Conflict:
                await _errors.ExceptionAsync(
                    context,
                    409,
                    $"{collection.Resource.Noun} {id} was changed by someone else: its changeSequence is {result.StoredVersion}, the request sent {result.SentVersion}. Read it again and retry.").ConfigureAwait(false);
                break;
            default:
                await NotFoundAsync(context, collection, id).ConfigureAwait(false);
                break;
        }
    }

    private async Task DeleteAsync(HttpContext context, KodexaCollection collection)
    {
        var id = SandboxHttp.RouteValue(context, "id");
        if (collection.Delete(id))
        {
            context.Response.StatusCode = 200;
            return;
        }

        await NotFoundAsync(context, collection, id).ConfigureAwait(false);
    }

    private async Task<JsonObject?> ReadBodyAsync(HttpContext context, KodexaCollection collection)
    {
        var body = await SandboxHttp.ReadJsonAsync(context).ConfigureAwait(false);
        switch (body.Kind)
        {
            case RequestBodyKind.TooLarge:
                await WriteFaultAsync(context, SandboxFault.PayloadTooLarge).ConfigureAwait(false);
                return null;
            case RequestBodyKind.Empty:
                await _errors.ExceptionAsync(context, 400, "Required request body is missing").ConfigureAwait(false);
                return null;
            case RequestBodyKind.Invalid:
                await _errors.ExceptionAsync(context, 400, "JSON parse error: " + body.Error).ConfigureAwait(false);
                return null;
        }

        if (body.Object is not { } json)
        {
            await _errors.ExceptionAsync(context, 400, $"JSON parse error: expected a {collection.Resource.Noun} object").ConfigureAwait(false);
            return null;
        }

        var problems = KodexaBodyValidator.Validate(collection.Resource, json);
        if (problems.Count > 0)
        {
            await _errors.ValidationAsync(context, problems).ConfigureAwait(false);
            return null;
        }

        return json;
    }

    private Task NotFoundAsync(HttpContext context, KodexaCollection collection, string id) =>
        _errors.ExceptionAsync(context, 404, $"{collection.Resource.Noun} with id {id} not found");
}
