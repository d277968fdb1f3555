using System.Globalization;
using SessionSdk.Sandbox.Tests.Infrastructure;

namespace SessionSdk.Sandbox.Tests.MobileNext;

/// <summary>Mobile Next <c>/api/v1/sessions</c> against VENDOR-APIS.md §5 and the sessions docs page (grouped shape, the default).</summary>
public sealed class MobileNextWireTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly string[] GroupedKeys = ["id", "organization", "user", "device", "createdAt", "releasedAt"];
    private static readonly string[] DeviceKeys = ["id", "platform", "type", "name", "osVersion"];

    private Uri Base => fixture.Sandbox.MobileNextBaseAddress;

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer mob_wrong")]
    [InlineData("mob_sandbox")]
    public async Task MissingOrWrongKey_Is401ErrorEnvelope(string? authorization)
    {
        var headers = authorization is null ? Array.Empty<(string, string)>() : [("Authorization", authorization)];

        var response = await Wire.GetAsync(Base, "/api/v1/sessions", headers);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Wire.AssertKeys(response.Json, "error");
        Wire.AssertKeys(response.Object["error"], "code", "message");
    }

    [Fact]
    public async Task List_Default_IsTheGroupedShape_HundredNewestFirst_WithACursor()
    {
        var response = await Wire.GetAsync(Base, "/api/v1/sessions", fixture.MobileNextAuth);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var page = response.Object;
        Wire.AssertKeys(page, "object", "data", "nextCursor");
        Assert.Equal("list", Wire.Text(page["object"]));
        var sessions = page["data"]!.AsArray();
        Assert.Equal(100, sessions.Count);
        Assert.All(sessions, s => Wire.AssertKeys(s, GroupedKeys));
        Wire.AssertKeys(sessions.First(s => s!["device"] is not null)!["device"], DeviceKeys);
        Assert.Equal(fixture.Sandbox.MobileNextOrganizationId, Wire.Text(sessions[0]!["organization"]));
        Assert.True(Guid.TryParse(Wire.Text(sessions[0]!["user"]), out _));
        var created = sessions.Select(s => Created(s!)).ToList();
        Assert.Equal(created.OrderDescending(), created);
        Assert.Equal(created.Distinct().Count(), created.Count);
    }

    [Fact]
    public async Task List_FollowingNextCursorAsBefore_ReadsEverySessionOnce_AndTheLastPageHasNoCursor()
    {
        var everything = (await Wire.GetAsync(Base, "/api/v1/sessions?limit=500", fixture.MobileNextAuth)).Object["data"]!.AsArray();
        var ids = new List<string>();
        string? cursor = null;
        JsonObject page;
        do
        {
            Assert.True(ids.Count <= 1000, "nextCursor never ended");
            var path = "/api/v1/sessions?limit=40" + (cursor is null ? string.Empty : "&before=" + Uri.EscapeDataString(cursor));
            page = (await Wire.GetAsync(Base, path, fixture.MobileNextAuth)).Object;
            ids.AddRange(page["data"]!.AsArray().Select(s => Wire.Text(s!["id"])));
            cursor = page.TryGetPropertyValue("nextCursor", out var next) ? Wire.Text(next) : null;
        }
        while (cursor is not null);

        Assert.False(page.ContainsKey("nextCursor"));
        Assert.True(ids.Count >= 150);
        Assert.Equal(everything.Select(s => Wire.Text(s!["id"])), ids);
    }

    [Fact]
    public async Task List_Before_ReturnsOnlyOlderSessions()
    {
        var first = (await Wire.GetAsync(Base, "/api/v1/sessions?limit=5", fixture.MobileNextAuth)).Object;
        var cutoff = Created(first["data"]![2]!);

        var older = (await Wire.GetAsync(Base, "/api/v1/sessions?limit=500&before=" + Uri.EscapeDataString(cutoff.ToString("O", CultureInfo.InvariantCulture)), fixture.MobileNextAuth)).Object;

        Assert.All(older["data"]!.AsArray(), s => Assert.True(Created(s!) < cutoff));
        Assert.Equal(Wire.Text(first["data"]![3]!["id"]), Wire.Text(older["data"]![0]!["id"]));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=ten")]
    [InlineData("before=yesterday")]
    public async Task List_BadParameter_Is400ErrorEnvelope(string query)
    {
        var response = await Wire.GetAsync(Base, "/api/v1/sessions?" + query, fixture.MobileNextAuth);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Wire.AssertKeys(response.Object["error"], "code", "message");
    }

    [Fact]
    public async Task List_Limit500_IsAllowed()
    {
        var page = (await Wire.GetAsync(Base, "/api/v1/sessions?limit=500", fixture.MobileNextAuth)).Object;

        Assert.True(page["data"]!.AsArray().Count >= 150);
        Assert.False(page.ContainsKey("nextCursor"));
    }

    [Fact]
    public async Task OrganizationHeader_SelectsAnotherOrganization_OrIs403()
    {
        var other = (long.Parse(fixture.Sandbox.MobileNextOrganizationId, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

        var page = (await Wire.GetAsync(Base, "/api/v1/sessions", fixture.MobileNextAuth, ("X-Organization-Id", other))).Object;
        var forbidden = await Wire.GetAsync(Base, "/api/v1/sessions", fixture.MobileNextAuth, ("X-Organization-Id", "7"));
        var crossOrg = await Wire.GetAsync(Base, "/api/v1/sessions/" + Wire.Text(page["data"]![0]!["id"]), fixture.MobileNextAuth);

        Assert.Equal(20, page["data"]!.AsArray().Count);
        Assert.All(page["data"]!.AsArray(), s => Assert.Equal(other, Wire.Text(s!["organization"])));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal("forbidden", Wire.Text(forbidden.Object["error"]!["code"]));
        Assert.Equal(HttpStatusCode.NotFound, crossOrg.Status);
    }

    [Fact]
    public async Task CreateAllocateRelease_TheSessionLifecycle()
    {
        var created = await Wire.SendAsync(HttpMethod.Post, Base, "/api/v1/sessions", null, fixture.MobileNextAuth);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Wire.AssertKeys(created.Json, "id");
        var id = Wire.Text(created.Object["id"]);

        var fresh = (await Wire.GetAsync(Base, "/api/v1/sessions/" + id, fixture.MobileNextAuth)).Object;
        Wire.AssertKeys(fresh, GroupedKeys);
        Assert.Null(fresh["device"]);
        Assert.Null(fresh["releasedAt"]);
        var newest = (await Wire.GetAsync(Base, "/api/v1/sessions?limit=1", fixture.MobileNextAuth)).Object;
        Assert.Equal(id, Wire.Text(newest["data"]![0]!["id"]));

        var allocation = await Wire.SendAsync(
            HttpMethod.Post,
            Base,
            $"/api/v1/sessions/{id}/devices",
            """{"filters":[{"attribute":"platform","operator":"EQUALS","value":"android"},{"attribute":"version","operator":"GREATER_THAN_OR_EQUALS","value":"14"},{"attribute":"type","operator":"EQUALS","value":"real"}]}""",
            fixture.MobileNextAuth);
        Assert.Equal(HttpStatusCode.Created, allocation.Status);
        Wire.AssertKeys(allocation.Json, "allocationId", "state");
        Assert.Equal("allocating", Wire.Text(allocation.Object["state"]));

        var device = (await Wire.GetAsync(Base, "/api/v1/sessions/" + id, fixture.MobileNextAuth)).Object["device"];
        Wire.AssertKeys(device, DeviceKeys);
        Assert.Equal("android", Wire.Text(device!["platform"]));
        Assert.True(int.Parse(Wire.Text(device["osVersion"]).Split('.')[0], CultureInfo.InvariantCulture) >= 14);

        var release = await Wire.SendAsync(HttpMethod.Post, Base, $"/api/v1/sessions/{id}/devices/{Wire.Text(device["id"])}/release", null, fixture.MobileNextAuth);
        Assert.Equal(HttpStatusCode.NoContent, release.Status);
        var released = (await Wire.GetAsync(Base, "/api/v1/sessions/" + id, fixture.MobileNextAuth)).Object;
        Assert.NotNull(released["releasedAt"]);

        var again = await Wire.SendAsync(HttpMethod.Post, Base, $"/api/v1/sessions/{id}/devices", "{}", fixture.MobileNextAuth);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Wire.AssertKeys(again.Object["error"], "code", "message");
    }

    [Theory]
    [InlineData("""{"filters":[{"attribute":"colour","operator":"EQUALS","value":"red"}]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"filters":[{"attribute":"platform","operator":"LIKE","value":"ios"}]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"filters":[{"attribute":"platform","operator":"EQUALS","value":"symbian"}]}""", HttpStatusCode.UnprocessableEntity)]
    public async Task Allocate_BadOrUnsatisfiableFilters_AreErrorEnvelopes(string body, HttpStatusCode status)
    {
        var id = Wire.Text((await Wire.SendAsync(HttpMethod.Post, Base, "/api/v1/sessions", null, fixture.MobileNextAuth)).Object["id"]);

        var response = await Wire.SendAsync(HttpMethod.Post, Base, $"/api/v1/sessions/{id}/devices", body, fixture.MobileNextAuth);

        Assert.Equal(status, response.Status);
        Wire.AssertKeys(response.Object["error"], "code", "message");
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("00000000-0000-4000-8000-000000000000")]
    public async Task GetUnknownSession_Is404ErrorEnvelope(string id)
    {
        var response = await Wire.GetAsync(Base, "/api/v1/sessions/" + id, fixture.MobileNextAuth);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("not_found", Wire.Text(response.Object["error"]!["code"]));
    }

    private static DateTimeOffset Created(JsonNode session) =>
        DateTimeOffset.Parse(Wire.Text(session["createdAt"]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
