using System.Net;
using static SessionSdk.IntegrationTests.MobileNext.MobileNextTestServer;

namespace SessionSdk.IntegrationTests.MobileNext;

public sealed class MobileNextErrorTests
{
    [Fact]
    public async Task GetSession_404_ThrowsNotFoundWithErrorCodeAndVendorMessage()
    {
        using var host = Start();
        host.Respond(Get($"{SessionsPath}/missing-1"), Json("""{"error":{"code":"not_found","message":"Session missing-1 was not found"}}""", status: 404));

        var e = await Assert.ThrowsAsync<SessionNotFoundException>(() => host.Client().GetSessionAsync("missing-1"));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("not_found", e.ErrorCode);
        Assert.Equal("Session missing-1 was not found", e.VendorMessage);
        Assert.Equal("mobilenext", e.ProviderName);
        Assert.Equal("GetSession", e.Operation);
    }

    [Fact]
    public async Task TryGetSession_404_ReturnsNull()
    {
        using var host = Start();
        host.Respond(Get($"{SessionsPath}/missing-1"), Json("""{"error":{"code":"not_found","message":"Session not found"}}""", status: 404));

        Assert.Null(await host.Client().TryGetSessionAsync("missing-1"));
    }

    [Fact]
    public async Task ListSessions_401_ThrowsAuthenticationWithoutLeakingTheKey()
    {
        using var host = Start();
        host.Respond(Get(SessionsPath), Json("""{"error":{"code":"unauthorized","message":"Invalid API key"}}""", status: 401));

        var e = await Assert.ThrowsAsync<SessionAuthenticationException>(() => host.Client().GetSessionPageAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.Equal("unauthorized", e.ErrorCode);
        Assert.Equal("Invalid API key", e.VendorMessage);
        Assert.DoesNotContain(ApiKey, e.ToString());
    }

    [Fact]
    public async Task ListSessions_403ForAnotherOrganization_ThrowsAuthentication()
    {
        using var host = Start(o => o.OrganizationId = "999");
        host.Respond(Get(SessionsPath), Json("""{"error":{"code":"forbidden","message":"Not a member of organization 999"}}""", status: 403));

        var e = await Assert.ThrowsAsync<SessionAuthenticationException>(() => host.Client().GetSessionPageAsync());

        Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
        Assert.Equal("forbidden", e.ErrorCode);
    }

    [Fact]
    public async Task ListSessions_400_ThrowsValidationWithVendorMessage()
    {
        using var host = Start();
        host.Respond(Get(SessionsPath), Json("""{"error":{"code":"invalid_request","message":"before must be an RFC3339 timestamp"}}""", status: 400));

        var e = await Assert.ThrowsAsync<SessionValidationException>(() =>
            host.Client().GetSessionPageAsync(new SessionQuery { ContinuationToken = "not-a-time" }));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal("invalid_request", e.ErrorCode);
        Assert.Equal("before must be an RFC3339 timestamp", e.VendorMessage);
    }

    [Fact]
    public async Task AllocateDevice_404ForUnknownSession_ThrowsNotFound()
    {
        using var host = Start();
        host.Respond(Post($"{SessionsPath}/gone/devices"), Json("""{"error":{"code":"not_found","message":"Session not found"}}""", status: 404));

        var e = await Assert.ThrowsAsync<SessionNotFoundException>(() =>
            SessionSdk.Providers.MobileNext.MobileNextSessionClientExtensions.AllocateDeviceAsync(host.Client(), "gone", []));

        Assert.Equal("not_found", e.ErrorCode);
    }

    [Fact]
    public async Task GetSession_MalformedBody_ThrowsResponseException()
    {
        using var host = Start();
        host.Respond(Get($"{SessionsPath}/s-1"), Json("""{"id": "s-1", "device": "not-an-object"}"""));

        await Assert.ThrowsAsync<SessionResponseException>(() => host.Client().GetSessionAsync("s-1"));
    }

    [Fact]
    public async Task GetSession_500WithRetriesOff_ThrowsTransientClientError()
    {
        using var host = Start(o => o.MaxRetries = 0);
        host.Respond(Get($"{SessionsPath}/s-1"), Json("""{"error":{"code":"internal","message":"boom"}}""", status: 500));

        var e = await Assert.ThrowsAsync<SessionClientException>(() => host.Client().GetSessionAsync("s-1"));

        Assert.True(e.IsTransient);
        Assert.Equal("internal", e.ErrorCode);
        Assert.Single(host.Requests());
    }
}
