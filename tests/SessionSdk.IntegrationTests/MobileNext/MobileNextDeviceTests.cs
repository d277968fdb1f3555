using System.Text.Json.Nodes;
using SessionSdk.Providers.MobileNext;
using static SessionSdk.IntegrationTests.MobileNext.MobileNextTestServer;

namespace SessionSdk.IntegrationTests.MobileNext;

public sealed class MobileNextDeviceTests
{
    private const string SessionId = "3f6c2a9e-8b1d-4c7e-9a21-5d0e4b7c1f88";

    [Fact]
    public async Task AllocateDevice_PostsTheFilters_AndReturnsTheAllocation()
    {
        using var host = Start(o => o.OrganizationId = "42");
        host.Respond(Post($"{SessionsPath}/{SessionId}/devices"), Json("""{"allocationId":"alloc_01J9","state":"allocating","queuePosition":3}""", status: 202));

        var allocation = await host.Client().AllocateDeviceAsync(SessionId,
        [
            new MobileNextDeviceFilter(MobileNextDeviceAttributes.Platform, MobileNextDeviceFilterOperators.EqualTo, "ios"),
            new MobileNextDeviceFilter(MobileNextDeviceAttributes.Version, MobileNextDeviceFilterOperators.GreaterThanOrEqualTo, "17"),
            new MobileNextDeviceFilter(MobileNextDeviceAttributes.Name, MobileNextDeviceFilterOperators.StartsWith, "iPhone"),
        ]);

        var request = Assert.Single(host.Requests());
        request.AssertSent("POST", $"{SessionsPath}/{SessionId}/devices", organizationId: "42");
        var expected = JsonNode.Parse("""
            {"filters":[
              {"attribute":"platform","operator":"EQUALS","value":"ios"},
              {"attribute":"version","operator":"GREATER_THAN_OR_EQUALS","value":"17"},
              {"attribute":"name","operator":"STARTS_WITH","value":"iPhone"}
            ]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(request.Body!)), request.Body);
        Assert.Contains("application/json", request.Header("Content-Type").Single());
        Assert.Equal("alloc_01J9", allocation.AllocationId);
        Assert.Equal("allocating", allocation.State);
        Assert.Equal(3, allocation.AdditionalProperties!["queuePosition"].GetInt32());
    }

    [Fact]
    public async Task AllocateDevice_OperatorsOutsideTheKnownSet_AreSentAsGiven()
    {
        using var host = Start();
        host.Respond(Post($"{SessionsPath}/{SessionId}/devices"), Json("""{"allocationId":"a-2","state":"ready"}"""));

        await host.Client().AllocateDeviceAsync(SessionId, [new MobileNextDeviceFilter("model", "CONTAINS", "Pro")]);

        var body = JsonNode.Parse(Assert.Single(host.Requests()).Body!)!;
        Assert.Equal("CONTAINS", body["filters"]![0]!["operator"]!.GetValue<string>());
        Assert.Equal("model", body["filters"]![0]!["attribute"]!.GetValue<string>());
    }

    [Fact]
    public async Task AllocateDevice_InvalidInput_ThrowsBeforeAnyRequest()
    {
        using var host = Start();
        var client = host.Client();

        await Assert.ThrowsAsync<ArgumentException>(() => client.AllocateDeviceAsync("..", []));
        await Assert.ThrowsAsync<ArgumentException>(() => client.AllocateDeviceAsync(SessionId, [null!]));
        await Assert.ThrowsAsync<ArgumentException>(() => client.AllocateDeviceAsync(SessionId, [new MobileNextDeviceFilter { Attribute = "platform", Value = "ios" }]));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.AllocateDeviceAsync(SessionId, null!));

        Assert.Empty(host.Requests());
    }

    [Fact]
    public async Task ReleaseDevice_PostsWithoutBody_ToTheSessionScopedDevicePath()
    {
        using var host = Start(o => o.OrganizationId = "42");
        host.Respond(Post($"{SessionsPath}/{SessionId}/devices/dev_iphone15_0042/release"), Json("""{"ok":true}"""));

        await host.Client().ReleaseDeviceAsync(SessionId, "dev_iphone15_0042");

        var request = Assert.Single(host.Requests());
        request.AssertSent("POST", $"{SessionsPath}/{SessionId}/devices/dev_iphone15_0042/release", organizationId: "42");
        Assert.True(string.IsNullOrEmpty(request.Body), "Release must not send a body.");
    }

    [Fact]
    public async Task ReleaseDevice_With204_Completes()
    {
        using var host = Start();
        host.Respond(Post($"{SessionsPath}/{SessionId}/devices/R5CT30XYZ9A/release"), WireMock.ResponseBuilders.Response.Create().WithStatusCode(204));

        await host.Client().ReleaseDeviceAsync(SessionId, "R5CT30XYZ9A");

        Assert.Single(host.Requests());
    }

    [Theory]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("dev\r\n1")]
    public async Task ReleaseDevice_UnusableDeviceId_ThrowsBeforeAnyRequest(string deviceId)
    {
        using var host = Start();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => host.Client().ReleaseDeviceAsync(SessionId, deviceId));

        Assert.Equal("deviceId", e.ParamName);
        Assert.Empty(host.Requests());
    }

    [Fact]
    public async Task DeviceCalls_OnAnotherProvidersClient_ThrowArgument()
    {
        using var host = Infrastructure.SessionTestHost.Start((b, uri) => b.AddKodexa(o => { o.ApiKey = "k"; o.BaseAddress = uri; }));

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client("kodexa").ReleaseDeviceAsync(SessionId, "d-1"));

        Assert.Empty(host.Requests());
    }
}
