using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.MobileNext;

/// <summary>Mobile Next's two documented session shapes and its error envelope <c>{"error": {"code", "message"}}</c>.</summary>
internal static class MobileNextJson
{
    /// <summary>
    /// Renders a session. Its <c>device</c> is the newest allocation not yet released (the newest of all once every one
    /// is): while that one is still being allocated, only <c>{"allocationId", "status": "allocating"}</c> — the device is
    /// not known yet — and once ready, the documented device fields.
    /// </summary>
    public static JsonObject Session(MobileNextSessionRecord record, MobileNextSessionShape shape, SandboxClock clock)
    {
        var grouped = shape == MobileNextSessionShape.Grouped;
        JsonObject? device = null;
        if (record.Allocations.Count > 0)
        {
            var shown = record.Allocations.FindLast(a => !a.Released);
            var allocation = shown.Device is null ? record.Allocations[^1] : shown;
            var d = allocation.Device;
            device = !allocation.Released && clock.StagesSince(allocation.RequestedAt) < 1
                ? new JsonObject { ["allocationId"] = allocation.AllocationId.ToString("D"), ["status"] = "allocating" }
                : new JsonObject
                {
                    [grouped ? "id" : "deviceId"] = d.Id,
                    ["platform"] = d.Platform,
                    ["type"] = d.Type,
                    ["name"] = d.Name,
                    ["osVersion"] = d.OsVersion,
                };
        }

        return grouped
            ? new JsonObject
            {
                ["id"] = record.Id.ToString("D"),
                ["organization"] = record.OrganizationId.ToString(CultureInfo.InvariantCulture),
                ["user"] = record.UserId.ToString("D"),
                ["device"] = device,
                ["createdAt"] = SandboxTimestamps.Rfc3339Millis(record.CreatedAt),
                ["releasedAt"] = record.ReleasedAt is { } released ? SandboxTimestamps.Rfc3339Millis(released) : null,
            }
            : new JsonObject
            {
                ["sessionId"] = record.Id.ToString("D"),
                ["organizationId"] = record.OrganizationId,
                ["userId"] = record.UserId.ToString("D"),
                ["device"] = device,
                ["createdAt"] = SandboxTimestamps.Rfc3339Millis(record.CreatedAt),
                ["releasedAt"] = record.ReleasedAt is { } released2 ? SandboxTimestamps.Rfc3339Millis(released2) : null,
            };
    }

    public static Task ErrorAsync(HttpContext context, int statusCode, string code, string message) =>
        SandboxHttp.WriteJsonAsync(context, statusCode, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
}
