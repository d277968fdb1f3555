using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>
/// Raydocs' documented session endpoints: create (201), get, delete (204), documents list/upload/detach, results
/// list/get/run, and the signed upload URL with its storage PUT target. There is no list or update of sessions, as in
/// the docs. Ids that are not UUIDs are 404, like Laravel's UUID route binding.
/// </summary>
internal sealed partial class RaydocsVendor : SandboxVendor
{
    private readonly RaydocsStore _store;
    private readonly RaydocsStorage _storage;

    public RaydocsVendor(SessionSandboxOptions options, SandboxClock clock)
        : base(options, clock)
    {
        _storage = new RaydocsStorage(clock, new SandboxRandom(2003));
        _store = new RaydocsStore(clock, new SandboxRandom(2002), _storage);
    }

    public override SandboxVendors Vendor => SandboxVendors.Raydocs;

    public override void Seed() => RaydocsSeed.Seed(_store, Clock.SeedAnchor);

    public override void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/extractions/sessions", CreateAsync);
        routes.MapGet("/extractions/sessions/{sessionId}", GetAsync);
        routes.MapDelete("/extractions/sessions/{sessionId}", DeleteAsync);
        routes.MapGet("/extractions/sessions/{sessionId}/documents", DocumentsAsync);
        routes.MapPost("/extractions/sessions/{sessionId}/documents/upload", UploadAsync);
        routes.MapDelete("/extractions/sessions/{sessionId}/documents/{documentId}", DetachAsync);
        routes.MapGet("/extractions/sessions/{sessionId}/results", ResultsAsync);
        routes.MapPost("/extractions/sessions/{sessionId}/results", RunAsync);
        routes.MapGet("/extractions/results/{resultId}", ResultAsync);
        routes.MapPost("/vapor/signed-storage-url", SignedStorageUrlAsync);
        routes.MapPut(RaydocsStorage.PathPrefix + "{**key}", PutFileAsync);
        MapUnserved(routes, HttpMethods.Post, "/extractions/sessions/{sessionId}/documents");
        MapUnserved(routes, HttpMethods.Post, "/extractions/sessions/{sessionId}/documents/attach");
    }

    public override async Task<bool> AuthenticateAsync(HttpContext context)
    {
        // The storage target is another host in reality: its URL's signature is the credential, checked by the PUT itself.
        if (context.Request.Path.StartsWithSegments(RaydocsStorage.PathPrefix.TrimEnd('/'), StringComparison.Ordinal)
            || SecretEquals(BearerToken(context), Options.RaydocsToken))
        {
            return true;
        }

        await RaydocsErrors.MessageAsync(context, StatusCodes.Status401Unauthorized, "Unauthenticated.").ConfigureAwait(false);
        return false;
    }

    public override Task WriteFaultAsync(HttpContext context, SandboxFault fault)
    {
        switch (fault)
        {
            case SandboxFault.RouteNotFound:
                return RaydocsErrors.MessageAsync(context, 501, SandboxHttp.Unserved(context));
            case SandboxFault.MethodNotAllowed:
                return RaydocsErrors.MessageAsync(context, 405, $"The {context.Request.Method} method is not supported for route {context.Request.Path.Value?.TrimStart('/')}.");
            case SandboxFault.ServiceUnavailable:
                return RaydocsErrors.MessageAsync(context, 503, "Service Unavailable");
            case SandboxFault.RateLimited:
                context.Response.Headers["X-RateLimit-Limit"] = "100";
                context.Response.Headers["X-RateLimit-Remaining"] = "0";
                return RaydocsErrors.MessageAsync(context, 429, "Too Many Attempts.");
            case SandboxFault.PayloadTooLarge:
                return RaydocsErrors.MessageAsync(context, 413, "Content Too Large");
            default:
                return RaydocsErrors.MessageAsync(context, 500, "Server Error");
        }
    }

    private async Task CreateAsync(HttpContext context)
    {
        var body = (await SandboxHttp.ReadJsonAsync(context).ConfigureAwait(false)).Object ?? [];
        var (templateId, name, settings, problems) = RaydocsRequests.ReadCreate(body);
        if (problems.Count > 0)
        {
            await RaydocsErrors.ValidationAsync(context, problems).ConfigureAwait(false);
            return;
        }

        await SandboxHttp.WriteJsonAsync(context, StatusCodes.Status201Created, _store.Create(templateId!, name, settings)).ConfigureAwait(false);
    }

    private Task GetAsync(HttpContext context) =>
        _store.Get(SessionId(context)) is { } session ? SandboxHttp.WriteJsonAsync(context, 200, session) : SessionNotFoundAsync(context);

    private Task DeleteAsync(HttpContext context) =>
        _store.Delete(SessionId(context)) ? SandboxHttp.NoContentAsync(context) : SessionNotFoundAsync(context);

    private Task DocumentsAsync(HttpContext context)
    {
        // Laravel's paginator reads a page below 1, or one that is not a number, as page 1.
        var page = int.TryParse(SandboxHttp.Query(context, "page"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        if (_store.Documents(SessionId(context), page) is not { } found)
        {
            return SessionNotFoundAsync(context);
        }

        var (documents, total) = found;

        return SandboxHttp.WriteJsonAsync(context, 200, new JsonObject
        {
            ["data"] = new JsonArray(documents.Select(d => (JsonNode)d).ToArray()),
            ["meta"] = new JsonObject
            {
                ["current_page"] = page,
                ["last_page"] = Math.Max(1, (total + RaydocsStore.DocumentsPerPage - 1) / RaydocsStore.DocumentsPerPage),
                ["per_page"] = RaydocsStore.DocumentsPerPage,
                ["total"] = total,
            },
        });
    }

    private async Task UploadAsync(HttpContext context)
    {
        var body = (await SandboxHttp.ReadJsonAsync(context).ConfigureAwait(false)).Object ?? [];
        var problems = new List<(string, string)>();
        var keys = new List<string>();
        if (body["keys"] is not JsonArray array || array.Count == 0)
        {
            problems.Add(("keys", body["keys"] is null or JsonArray ? "The keys field is required." : "The keys field must be an array."));
        }
        else
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonValue key && key.GetValueKind() == JsonValueKind.String && key.GetValue<string>() is { Length: > 4 } text
                    && text.StartsWith("tmp/", StringComparison.Ordinal))
                {
                    keys.Add(text);
                }
                else
                {
                    problems.Add(($"keys.{i}", $"The keys.{i} field format is invalid."));
                }
            }
        }

        if (problems.Count > 0)
        {
            await RaydocsErrors.ValidationAsync(context, problems).ConfigureAwait(false);
            return;
        }

        if (_store.Upload(SessionId(context), keys) is not { } documents)
        {
            await SessionNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        await SandboxHttp.WriteJsonAsync(context, 200, new JsonObject { ["data"] = new JsonArray(documents.Select(d => (JsonNode)d).ToArray()) }).ConfigureAwait(false);
    }

    private Task DetachAsync(HttpContext context) =>
        _store.Detach(SessionId(context), SandboxHttp.RouteValue(context, "documentId")) switch
        {
            true => SandboxHttp.NoContentAsync(context),
            false => RaydocsErrors.MessageAsync(context, 404, "Document not found."),
            null => SessionNotFoundAsync(context),
        };

    private Task ResultsAsync(HttpContext context) =>
        _store.Results(SessionId(context)) is { } results
            ? SandboxHttp.WriteJsonAsync(context, 200, new JsonObject { ["data"] = new JsonArray(results.Select(r => (JsonNode)r).ToArray()) })
            : SessionNotFoundAsync(context);

    private Task ResultAsync(HttpContext context) =>
        _store.Result(SandboxHttp.RouteValue(context, "resultId")) is { } result
            ? SandboxHttp.WriteJsonAsync(context, 200, result)
            : RaydocsErrors.MessageAsync(context, 404, "Result not found.");

    private static string SessionId(HttpContext context) => SandboxHttp.RouteValue(context, "sessionId");

    private static Task SessionNotFoundAsync(HttpContext context) => RaydocsErrors.MessageAsync(context, 404, "Session not found.");
}
