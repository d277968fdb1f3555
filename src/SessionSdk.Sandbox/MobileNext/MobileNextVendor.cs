using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.MobileNext;

/// <summary>
/// Mobile Next's <c>/api/v1/sessions</c>: list (newest first, <c>limit</c> 1–500 default 100, <c>before</c> cursor,
/// <c>nextCursor</c>), get, create (POST, no body → 201 <c>{"id"}</c>), allocate a device (201
/// <c>{"allocationId","state":"allocating"}</c>) and release one (204). Organization from <c>X-Organization-Id</c> or the
/// key's own. No delete: its path is undocumented.
/// </summary>
internal sealed class MobileNextVendor : SandboxVendor
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    private readonly MobileNextStore _store;
    private readonly long _organizationId;

    public MobileNextVendor(SessionSandboxOptions options, SandboxClock clock)
        : base(options, clock)
    {
        _store = new MobileNextStore(clock, new SandboxRandom(4004));
        _organizationId = long.Parse(options.MobileNextOrganizationId, CultureInfo.InvariantCulture);
    }

    /// <summary>Gets the user the sandbox's API key belongs to; sessions created through the API are theirs.</summary>
    public static Guid ApiKeyUser { get; } = Guid.Parse("6d1f3a52-8c4e-4b7a-9f20-3e5d7c9a1b42");

    public override SandboxVendors Vendor => SandboxVendors.MobileNext;

    public override void Seed() => MobileNextSeed.Seed(_store, _organizationId, Clock.SeedAnchor);

    public override void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/sessions", ListAsync);
        routes.MapPost("/api/v1/sessions", CreateAsync);
        routes.MapGet("/api/v1/sessions/{sessionId}", GetAsync);
        routes.MapPost("/api/v1/sessions/{sessionId}/devices", AllocateAsync);
        routes.MapPost("/api/v1/sessions/{sessionId}/devices/{deviceId}/release", ReleaseAsync);
    }

    public override async Task<bool> AuthenticateAsync(HttpContext context)
    {
        if (SecretEquals(BearerToken(context), Options.MobileNextApiKey))
        {
            return true;
        }

        await MobileNextJson.ErrorAsync(context, 401, "unauthorized", "Missing or invalid API key.").ConfigureAwait(false);
        return false;
    }

    public override Task WriteFaultAsync(HttpContext context, SandboxFault fault) => fault switch
    {
        SandboxFault.RouteNotFound => MobileNextJson.ErrorAsync(context, 501, "not_implemented", SandboxHttp.Unserved(context)),
        SandboxFault.MethodNotAllowed => MobileNextJson.ErrorAsync(context, 405, "method_not_allowed", $"Method {context.Request.Method} is not allowed here."),
        SandboxFault.ServiceUnavailable => MobileNextJson.ErrorAsync(context, 503, "service_unavailable", "The service is temporarily unavailable."),
        SandboxFault.RateLimited => MobileNextJson.ErrorAsync(context, 429, "rate_limited", "Too many requests."),
        SandboxFault.PayloadTooLarge => MobileNextJson.ErrorAsync(context, 413, "payload_too_large", "The request body is too large."),
        _ => MobileNextJson.ErrorAsync(context, 500, "internal_error", "Internal server error."),
    };

    private async Task ListAsync(HttpContext context)
    {
        if (await OrganizationAsync(context).ConfigureAwait(false) is not { } organization)
        {
            return;
        }

        var limit = DefaultLimit;
        if (SandboxHttp.Query(context, "limit") is { } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            await MobileNextJson.ErrorAsync(context, 400, "invalid_request", $"limit must be an integer between 1 and {MaxLimit}.").ConfigureAwait(false);
            return;
        }

        DateTimeOffset? before = null;
        if (SandboxHttp.Query(context, "before") is { } beforeText)
        {
            if (!SandboxTimestamps.TryParse(beforeText, out var cursor))
            {
                await MobileNextJson.ErrorAsync(context, 400, "invalid_request", "before must be an RFC 3339 timestamp.").ConfigureAwait(false);
                return;
            }

            before = cursor;
        }

        var shape = Options.MobileNextShape;
        var (items, hasMore) = _store.List(organization, before, limit, shape);
        var array = new JsonArray(items.Select(i => (JsonNode)i).ToArray());
        var body = shape == MobileNextSessionShape.Grouped
            ? new JsonObject { ["object"] = "list", ["data"] = array }
            : new JsonObject { ["sessions"] = array };
        if (hasMore)
        {
            body["nextCursor"] = items[^1]["createdAt"]!.DeepClone();
        }
        else if (Options.MobileNextNullCursorAtEnd)
        {
            body["nextCursor"] = null;
        }

        await SandboxHttp.WriteJsonAsync(context, 200, body).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        if (await OrganizationAsync(context).ConfigureAwait(false) is not { } organization)
        {
            return;
        }

        if (TryReadId(context, out var id) && _store.Get(organization, id, Options.MobileNextShape) is { } session)
        {
            await SandboxHttp.WriteJsonAsync(context, 200, session).ConfigureAwait(false);
            return;
        }

        await SessionNotFoundAsync(context).ConfigureAwait(false);
    }

    private async Task CreateAsync(HttpContext context)
    {
        if (await OrganizationAsync(context).ConfigureAwait(false) is not { } organization)
        {
            return;
        }

        var record = _store.Create(organization, ApiKeyUser);
        await SandboxHttp.WriteJsonAsync(context, 201, new JsonObject { ["id"] = record.Id.ToString("D") }).ConfigureAwait(false);
    }

    private async Task AllocateAsync(HttpContext context)
    {
        if (await OrganizationAsync(context).ConfigureAwait(false) is not { } organization)
        {
            return;
        }

        var body = await SandboxHttp.ReadJsonAsync(context).ConfigureAwait(false);
        if (MobileNextFilters.Read(body, out var error) is not { } filters)
        {
            await MobileNextJson.ErrorAsync(context, 400, "invalid_request", error).ConfigureAwait(false);
            return;
        }

        if (!TryReadId(context, out var id))
        {
            await SessionNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        if (MobileNextFleet.Find(filters) is not { } device)
        {
            await MobileNextJson.ErrorAsync(context, 422, "no_matching_device", "No device matches the filters.").ConfigureAwait(false);
            return;
        }

        var result = _store.Allocate(organization, id, device);
        await (result.Outcome switch
        {
            AllocationOutcome.Allocated => SandboxHttp.WriteJsonAsync(context, 201, new JsonObject { ["allocationId"] = result.AllocationId.ToString("D"), ["state"] = "allocating" }),
            AllocationOutcome.Released => MobileNextJson.ErrorAsync(context, 409, "session_released", "The session has ended; start a new one."),
            _ => SessionNotFoundAsync(context),
        }).ConfigureAwait(false);
    }

    private async Task ReleaseAsync(HttpContext context)
    {
        if (await OrganizationAsync(context).ConfigureAwait(false) is not { } organization)
        {
            return;
        }

        var released = TryReadId(context, out var id) ? _store.Release(organization, id, SandboxHttp.RouteValue(context, "deviceId")) : null;
        await (released switch
        {
            true => SandboxHttp.NoContentAsync(context),
            false => MobileNextJson.ErrorAsync(context, 404, "not_found", "The device is not allocated to this session."),
            null => SessionNotFoundAsync(context),
        }).ConfigureAwait(false);
    }

    /// <summary>Resolves <c>X-Organization-Id</c> (or the key's own organization); writes 403 and returns null for one the key is not a member of.</summary>
    private async Task<long?> OrganizationAsync(HttpContext context)
    {
        var header = context.Request.Headers["X-Organization-Id"].ToString().Trim();
        if (header.Length == 0)
        {
            return _organizationId;
        }

        if (long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var requested) && (requested == _organizationId || requested == _organizationId + 1))
        {
            return requested;
        }

        await MobileNextJson.ErrorAsync(context, 403, "forbidden", $"You are not a member of organization '{header}'.").ConfigureAwait(false);
        return null;
    }

    private static bool TryReadId(HttpContext context, out Guid id) => Guid.TryParseExact(SandboxHttp.RouteValue(context, "sessionId"), "D", out id);

    private static Task SessionNotFoundAsync(HttpContext context) => MobileNextJson.ErrorAsync(context, 404, "not_found", "Session not found.");
}
