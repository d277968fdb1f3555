using SessionSdk.Providers.MobileNext;
using static SessionSdk.IntegrationTests.MobileNext.MobileNextTestServer;

namespace SessionSdk.IntegrationTests.MobileNext;

public sealed class MobileNextTypedApiTests
{
    [Fact]
    public async Task ListSessions_SendsLimitBeforeAndPerCallOrganizationHeader()
    {
        using var host = Start(o => o.OrganizationId = "42");
        host.Respond(Get(SessionsPath), Json("""{"object":"list","data":[{"id":"s-1"}],"nextCursor":"c-2"}"""));
        var api = host.Services.GetRequiredService<IMobileNextSessionsApi>();

        var list = await api.ListSessionsAsync(limit: 10, before: "2026-11-20T08:00:00Z", organizationId: "9");

        var request = Assert.Single(host.Requests());
        request.AssertSent("GET", SessionsPath, organizationId: "9");
        Assert.Equal("10", request.Query("limit"));
        Assert.Equal("2026-11-20T08:00:00Z", request.Query("before"));
        Assert.Equal("s-1", Assert.Single(list.Items).Id);
        Assert.Equal("c-2", list.NextCursor);
    }

    [Fact]
    public async Task GetSession_WithoutOrganizationArgument_KeepsTheOptionsValue()
    {
        using var host = Start(o => o.OrganizationId = "42");
        host.Respond(Get($"{SessionsPath}/s-1"), Json("""{"sessionId":"s-1","organizationId":42}"""));
        var api = host.Services.GetRequiredKeyedService<IMobileNextSessionsApi>("mobilenext");

        var session = await api.GetSessionAsync("s-1");

        Assert.Single(host.Requests()).AssertSent("GET", $"{SessionsPath}/s-1", organizationId: "42");
        Assert.Equal("42", session.OrganizationId);
    }

    [Fact]
    public async Task GetSession_WithOrganizationArgument_OverridesTheOptionsValue()
    {
        using var host = Start(o => o.OrganizationId = "42");
        host.Respond(Get($"{SessionsPath}/s-1"), Json("""{"sessionId":"s-1"}"""));

        await host.Client().GetRequiredService<IMobileNextSessionsApi>().GetSessionAsync("s-1", organizationId: "0");

        Assert.Single(host.Requests()).AssertSent("GET", $"{SessionsPath}/s-1", organizationId: "0");
    }

    [Fact]
    public async Task CreateSession_PostsWithoutBody_AndReturnsTheId()
    {
        using var host = Start();
        host.Respond(Post(SessionsPath), Json("""{"id":"7a2d9c11-5e3f-4b8a-a0c1-2d3e4f5a6b7c"}"""));

        var created = await host.Services.GetRequiredService<IMobileNextSessionsApi>().CreateSessionAsync();

        var request = Assert.Single(host.Requests());
        request.AssertSent("POST", SessionsPath);
        Assert.True(string.IsNullOrEmpty(request.Body));
        Assert.Equal("7a2d9c11-5e3f-4b8a-a0c1-2d3e4f5a6b7c", created.Id);
    }

    [Fact]
    public async Task AllocateAndRelease_GoThroughTheSamePipeline()
    {
        using var host = Start(o => o.OrganizationId = "42");
        host.Respond(Post($"{SessionsPath}/s-1/devices"), Json("""{"allocationId":"a-1","state":"allocating"}"""));
        host.Respond(Post($"{SessionsPath}/s-1/devices/d-1/release"), Json("{}"));
        var api = host.Services.GetRequiredService<IMobileNextSessionsApi>();

        var allocation = await api.AllocateDeviceAsync("s-1", new MobileNextAllocateDeviceRequest { Filters = [new("platform", "EQUALS", "android")] });
        await api.ReleaseDeviceAsync("s-1", "d-1");

        var requests = host.Requests();
        requests[0].AssertSent("POST", $"{SessionsPath}/s-1/devices", organizationId: "42");
        Assert.Equal("""{"filters":[{"attribute":"platform","operator":"EQUALS","value":"android"}]}""", requests[0].Body);
        requests[1].AssertSent("POST", $"{SessionsPath}/s-1/devices/d-1/release", organizationId: "42");
        Assert.Equal("a-1", allocation.AllocationId);
    }
}
