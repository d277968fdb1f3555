using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.MobileNext;

/// <summary>Mobile Next's two documented session shapes and its error envelope <c>{"error": {"code", "message"}}</c>.</summary>
internal static class MobileNextJson
{
    public static JsonObject Session(MobileNextSessionRecord record, MobileNextSessionShape shape)
    {
        var grouped = shape == MobileNextSessionShape.Grouped;
        JsonObject? device = null;
        if (record.Allocations.Count > 0)
        {
            var d = record.Allocations[^1].Device;
            device = new JsonObject
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
