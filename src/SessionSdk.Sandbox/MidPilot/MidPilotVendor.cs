using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.MidPilot;

/// <summary>
/// midPilot's <c>/api/v1/session</c> router, as FastAPI serves it: create (201), create with id (201 / 409), get (with
/// or without <c>data</c>), HEAD exists (204 / 404), PATCH merge of <c>data</c> (when enabled), delete (200 with a
/// body), and the session's jobs. A session id that is not a UUID is a 422 validation error, not a 404. No authentication.
/// </summary>
internal sealed class MidPilotVendor : SandboxVendor
{
    private const string SessionPath = "/api/v1/session/{session_id}";
    private readonly MidPilotStore _store;
    private readonly SandboxRandom _random = new(3003);

    public MidPilotVendor(SessionSandboxOptions options, SandboxClock clock)
        : base(options, clock)
    {
        _store = new MidPilotStore(clock);
    }

    public override SandboxVendors Vendor => SandboxVendors.MidPilot;

    public override void Seed() => MidPilotSeed.Seed(_store, Clock.SeedAnchor);

    public override void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/session", CreateAsync);
        routes.MapPost(SessionPath, CreateWithIdAsync);
        routes.MapGet(SessionPath, GetAsync);
        routes.MapMethods(SessionPath, [HttpMethods.Head], ExistsAsync);
        routes.MapDelete(SessionPath, DeleteAsync);
        routes.MapGet(SessionPath + "/jobs", JobsAsync);
        if (Options.MidPilotPatchEnabled)
        {
            routes.MapMethods(SessionPath, [HttpMethods.Patch], PatchAsync);
        }
    }

    public override Task WriteFaultAsync(HttpContext context, SandboxFault fault) => fault switch
    {
        SandboxFault.RouteNotFound => MidPilotErrors.DetailAsync(context, 501, SandboxHttp.Unserved(context)),
        SandboxFault.MethodNotAllowed => MidPilotErrors.DetailAsync(context, 405, "Method Not Allowed"),
        SandboxFault.ServiceUnavailable => MidPilotErrors.DetailAsync(context, 503, "Service Unavailable"),
        SandboxFault.RateLimited => MidPilotErrors.DetailAsync(context, 429, "Too Many Requests"),
        SandboxFault.PayloadTooLarge => MidPilotErrors.DetailAsync(context, 413, "Request Entity Too Large"),
        _ => MidPilotErrors.DetailAsync(context, 500, "Internal Server Error"),
    };

    private Task CreateAsync(HttpContext context)
    {
        var id = _random.NextGuid();
        while (!_store.Create(id))
        {
            id = _random.NextGuid();
        }

        return SandboxHttp.WriteJsonAsync(context, 201, new JsonObject
        {
            ["sessionId"] = id.ToString("D"),
            ["message"] = "Session created successfully. Use this session_id in subsequent requests.",
        });
    }

    private Task CreateWithIdAsync(HttpContext context)
    {
        if (!TryReadId(context, out var id, out var problem))
        {
            return MidPilotErrors.ValidationAsync(context, [problem!]);
        }

        return _store.Create(id)
            ? SandboxHttp.WriteJsonAsync(context, 201, new JsonObject { ["sessionId"] = id.ToString("D"), ["message"] = "Session created successfully with provided ID." })
            : MidPilotErrors.DetailAsync(context, 409, $"Session {id:D} already exists");
    }

    private Task GetAsync(HttpContext context)
    {
        if (!TryReadId(context, out var id, out var problem))
        {
            return MidPilotErrors.ValidationAsync(context, [problem!]);
        }

        if (_store.Get(id) is not { } found)
        {
            return NotFoundAsync(context, id);
        }

        var (data, createdAt, updatedAt) = found;

        var body = Options.MidPilotIncludeData
            ? new JsonObject { ["sessionId"] = id.ToString("D"), ["data"] = data, ["createdAt"] = SandboxTimestamps.PythonIso(createdAt), ["updatedAt"] = SandboxTimestamps.PythonIso(updatedAt) }
            : new JsonObject { ["sessionId"] = id.ToString("D"), ["createdAt"] = SandboxTimestamps.PythonIso(createdAt), ["updatedAt"] = SandboxTimestamps.PythonIso(updatedAt), ["message"] = "Session returned successfully." };
        return SandboxHttp.WriteJsonAsync(context, 200, body);
    }

    private Task ExistsAsync(HttpContext context)
    {
        context.Response.StatusCode = !TryReadId(context, out var id, out _) ? 422 : _store.Exists(id) ? 204 : 404;
        return Task.CompletedTask;
    }

    private async Task PatchAsync(HttpContext context)
    {
        var problems = new List<JsonObject>();
        if (!TryReadId(context, out var id, out var idProblem))
        {
            problems.Add(idProblem!);
        }

        var body = await SandboxHttp.ReadJsonAsync(context).ConfigureAwait(false);
        JsonObject? data = null;
        switch (body.Kind)
        {
            case RequestBodyKind.Empty:
                problems.Add(MidPilotErrors.Problem("missing", new JsonArray("body"), "Field required", null));
                break;
            case RequestBodyKind.Invalid:
            case RequestBodyKind.TooLarge:
                problems.Add(MidPilotErrors.Problem("json_invalid", new JsonArray("body", body.Position), "JSON decode error", new JsonObject(), new JsonObject { ["error"] = "Expecting value" }));
                break;
            default:
                if (body.Object is not { } json)
                {
                    problems.Add(MidPilotErrors.Problem("model_attributes_type", new JsonArray("body"), "Input should be a valid dictionary or object to extract fields from", body.Node?.DeepClone()));
                }
                else if (!json.TryGetPropertyValue("data", out var value))
                {
                    problems.Add(MidPilotErrors.Problem("missing", new JsonArray("body", "data"), "Field required", json.DeepClone()));
                }
                else if (value is not JsonObject dictionary || value.GetValueKind() != JsonValueKind.Object)
                {
                    problems.Add(MidPilotErrors.Problem("dict_type", new JsonArray("body", "data"), "Input should be a valid dictionary", value?.DeepClone()));
                }
                else
                {
                    data = dictionary;
                }

                break;
        }

        if (problems.Count > 0)
        {
            await MidPilotErrors.ValidationAsync(context, problems).ConfigureAwait(false);
            return;
        }

        if (!_store.Merge(id, data!))
        {
            await MidPilotErrors.DetailAsync(context, 404, $"Session {id:D} not found or update failed").ConfigureAwait(false);
            return;
        }

        await SandboxHttp.WriteJsonAsync(context, 200, new JsonObject { ["message"] = "Session updated successfully", ["sessionId"] = id.ToString("D") }).ConfigureAwait(false);
    }

    private Task DeleteAsync(HttpContext context)
    {
        if (!TryReadId(context, out var id, out var problem))
        {
            return MidPilotErrors.ValidationAsync(context, [problem!]);
        }

        return _store.Delete(id)
            ? SandboxHttp.WriteJsonAsync(context, 200, new JsonObject { ["message"] = "Session deleted successfully", ["sessionId"] = id.ToString("D") })
            : NotFoundAsync(context, id);
    }

    /// <summary>
    /// <c>{"sessionId", "jobs": [{jobId, type, status, createdAt, updatedAt, startedAt?, finishedAt?}]}</c>: one job per
    /// <c>…JobId</c> key in the session's data (<c>discoveryJobId</c> → type <c>discovery</c>), as the stages record them.
    /// A job written through PATCH is <c>queued</c> for one stage of the sandbox's clock, <c>running</c> for one more,
    /// then <c>finished</c>; seeded ones are finished.
    /// </summary>
    private Task JobsAsync(HttpContext context)
    {
        if (!TryReadId(context, out var id, out var problem))
        {
            return MidPilotErrors.ValidationAsync(context, [problem!]);
        }

        if (_store.Get(id) is not { } found)
        {
            return NotFoundAsync(context, id);
        }

        var (data, createdAt, updatedAt) = found;
        var started = _store.JobsStartedAt(id) ?? new Dictionary<string, DateTimeOffset>();
        var jobs = new JsonArray();
        foreach (var (name, value) in data)
        {
            if (name.EndsWith("JobId", StringComparison.Ordinal) && name.Length > 5 && value is JsonValue jobId && jobId.GetValueKind() == JsonValueKind.String)
            {
                var job = new JsonObject
                {
                    ["jobId"] = jobId.GetValue<string>(),
                    ["type"] = name[..^5],
                    ["status"] = "finished",
                    ["createdAt"] = SandboxTimestamps.PythonIso(createdAt),
                    ["updatedAt"] = SandboxTimestamps.PythonIso(updatedAt),
                };
                if (started.TryGetValue(name, out var at))
                {
                    var stages = Clock.StagesSince(at);
                    job["status"] = stages switch { 0 => "queued", 1 => "running", _ => "finished" };
                    job["createdAt"] = SandboxTimestamps.PythonIso(at);
                    job["updatedAt"] = SandboxTimestamps.PythonIso(Clock.StageEnd(at, Math.Min(stages, 2)));
                    if (stages >= 1)
                    {
                        job["startedAt"] = SandboxTimestamps.PythonIso(Clock.StageEnd(at, 1));
                    }

                    if (stages >= 2)
                    {
                        job["finishedAt"] = SandboxTimestamps.PythonIso(Clock.StageEnd(at, 2));
                    }
                }

                jobs.Add(job);
            }
        }

        return SandboxHttp.WriteJsonAsync(context, 200, new JsonObject { ["sessionId"] = id.ToString("D"), ["jobs"] = jobs });
    }

    private static bool TryReadId(HttpContext context, out Guid id, out JsonObject? problem)
    {
        problem = MidPilotErrors.SessionIdProblem(SandboxHttp.RouteValue(context, "session_id"), out id);
        return problem is null;
    }

    private static Task NotFoundAsync(HttpContext context, Guid id) => MidPilotErrors.DetailAsync(context, 404, $"Session {id:D} not found");
}
