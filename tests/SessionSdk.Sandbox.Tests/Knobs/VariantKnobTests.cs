using System.Globalization;
using SessionSdk.Sandbox.Tests.Infrastructure;

namespace SessionSdk.Sandbox.Tests.Knobs;

/// <summary>The knobs that switch between documented variants of a vendor.</summary>
public sealed class VariantKnobTests
{
    [Fact]
    public async Task MobileNextPerEndpointShape_UsesSessionsEnvelopeAndPerEndpointFieldNames()
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { MobileNextShape = MobileNextSessionShape.PerEndpoint });
        var auth = ("Authorization", "Bearer " + sandbox.MobileNextApiKey);

        var page = (await Wire.GetAsync(sandbox.MobileNextBaseAddress, "/api/v1/sessions?limit=3", auth)).Object;

        Wire.AssertKeys(page, "sessions", "nextCursor");
        var session = page["sessions"]![0]!;
        Wire.AssertKeys(session, "sessionId", "organizationId", "userId", "device", "createdAt", "releasedAt");
        Wire.AssertKeys(session["device"], "deviceId", "platform", "type", "name", "osVersion");
        Assert.Equal(System.Text.Json.JsonValueKind.Number, session["organizationId"]!.GetValueKind());
        Assert.Equal(long.Parse(sandbox.MobileNextOrganizationId, CultureInfo.InvariantCulture), session["organizationId"]!.GetValue<long>());
        var single = (await Wire.GetAsync(sandbox.MobileNextBaseAddress, "/api/v1/sessions/" + Wire.Text(session["sessionId"]), auth)).Object;
        Assert.True(JsonNode.DeepEquals(session, single));
    }

    [Theory]
    [InlineData(MobileNextSessionShape.Grouped)]
    [InlineData(MobileNextSessionShape.PerEndpoint)]
    public async Task MobileNextNullCursorAtEnd_WritesAnExplicitNullOnTheLastPage(MobileNextSessionShape shape)
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { MobileNextShape = shape, MobileNextNullCursorAtEnd = true });

        var page = (await Wire.GetAsync(sandbox.MobileNextBaseAddress, "/api/v1/sessions?limit=500", ("Authorization", "Bearer " + sandbox.MobileNextApiKey))).Object;

        Assert.True(page.ContainsKey("nextCursor"));
        Assert.Null(page["nextCursor"]);
    }

    [Fact]
    public async Task MidPilotWithoutData_GetReturnsTheSummaryShape()
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { MidPilotIncludeData = false });

        var response = await Wire.GetAsync(sandbox.MidPilotBaseAddress, "/api/v1/session/" + SandboxExampleIds.MidPilotSession);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Wire.AssertKeys(response.Json, "sessionId", "createdAt", "updatedAt", "message");
        Assert.Equal("Session returned successfully.", Wire.Text(response.Object["message"]));
    }

    [Fact]
    public async Task MidPilotPatchDisabled_Is405MethodNotAllowed_AndTheOtherRoutesStay()
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { MidPilotPatchEnabled = false });

        var patch = await Wire.SendAsync(HttpMethod.Patch, sandbox.MidPilotBaseAddress, "/api/v1/session/" + SandboxExampleIds.MidPilotSession, """{"data":{}}""");
        var get = await Wire.GetAsync(sandbox.MidPilotBaseAddress, "/api/v1/session/" + SandboxExampleIds.MidPilotSession);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, patch.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"detail":"Method Not Allowed"}"""), patch.Json));
        Assert.Equal(HttpStatusCode.OK, get.Status);
    }

    [Fact]
    public async Task Credentials_AreTheConfiguredOnes_AndTheDefaultsAreRejected()
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions
        {
            KodexaApiKey = "k-custom",
            RaydocsToken = "rd_live_custom",
            MobileNextApiKey = "mob_custom",
            MobileNextOrganizationId = "7",
            SeedData = false,
        });

        Assert.Equal("k-custom", sandbox.KodexaApiKey);
        Assert.Equal("7", sandbox.MobileNextOrganizationId);
        Assert.Equal(HttpStatusCode.OK, (await Wire.GetAsync(sandbox.KodexaBaseAddress, "/api/sessions", ("x-api-key", "k-custom"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Wire.GetAsync(sandbox.KodexaBaseAddress, "/api/sessions", ("x-api-key", "sandbox-kodexa-key"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Wire.GetAsync(sandbox.RaydocsBaseAddress, "/extractions/sessions/" + SandboxExampleIds.RaydocsSession, ("Authorization", "Bearer rd_live_custom"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Wire.GetAsync(sandbox.RaydocsBaseAddress, "/extractions/sessions/" + SandboxExampleIds.RaydocsSession, ("Authorization", "Bearer rd_live_sandbox"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await Wire.GetAsync(sandbox.MobileNextBaseAddress, "/api/v1/sessions", ("Authorization", "Bearer mob_custom"), ("X-Organization-Id", "8"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Wire.GetAsync(sandbox.MobileNextBaseAddress, "/api/v1/sessions", ("Authorization", "Bearer mob_sandbox"))).Status);
    }

    [Fact]
    public async Task SeedDataOff_StartsEveryVendorEmpty()
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { SeedData = false });

        var kodexa = (await Wire.GetAsync(sandbox.KodexaBaseAddress, "/api/sessions", ("x-api-key", sandbox.KodexaApiKey))).Object;
        var agents = (await Wire.GetAsync(sandbox.KodexaBaseAddress, "/api/orchestrator-agent-sessions", ("x-api-key", sandbox.KodexaApiKey))).Object;
        var mobile = (await Wire.GetAsync(sandbox.MobileNextBaseAddress, "/api/v1/sessions", ("Authorization", "Bearer " + sandbox.MobileNextApiKey))).Object;
        var raydocs = await Wire.GetAsync(sandbox.RaydocsBaseAddress, "/extractions/sessions/" + SandboxExampleIds.RaydocsSession, ("Authorization", "Bearer " + sandbox.RaydocsToken));
        var midPilot = await Wire.SendAsync(HttpMethod.Head, sandbox.MidPilotBaseAddress, "/api/v1/session/" + SandboxExampleIds.MidPilotSession);

        Assert.Equal(0, kodexa["totalElements"]!.GetValue<long>());
        Assert.Equal(0, kodexa["totalPages"]!.GetValue<int>());
        Assert.True(kodexa["last"]!.GetValue<bool>());
        Assert.True(kodexa["empty"]!.GetValue<bool>());
        Assert.Equal(0, agents["totalElements"]!.GetValue<long>());
        Assert.Empty(mobile["data"]!.AsArray());
        Assert.False(mobile.ContainsKey("nextCursor"));
        Assert.Equal(HttpStatusCode.NotFound, raydocs.Status);
        Assert.Equal(HttpStatusCode.NotFound, midPilot.Status);
    }

    [Fact]
    public async Task SeededData_IsSpreadOverTheMonthsBeforeNow()
    {
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { Now = now });

        var page = (await Wire.GetAsync(sandbox.KodexaBaseAddress, "/api/sessions?pageSize=1000&sort=createdOn,asc", ("x-api-key", sandbox.KodexaApiKey))).Object;
        var created = page["content"]!.AsArray()
            .Where(s => Wire.Text(s!["id"]) != SandboxExampleIds.KodexaSession)
            .Select(s => DateTimeOffset.Parse(Wire.Text(s!["createdOn"]), CultureInfo.InvariantCulture))
            .ToList();

        Assert.True(created.Count >= 100);
        Assert.All(created, c => Assert.InRange(c, now.AddDays(-181), now));
        Assert.True(created[^1] - created[0] > TimeSpan.FromDays(90));
    }
}
