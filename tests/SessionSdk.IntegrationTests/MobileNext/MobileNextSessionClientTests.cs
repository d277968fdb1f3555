using System.Text.Json.Nodes;
using SessionSdk.Providers.MobileNext;
using static SessionSdk.IntegrationTests.MobileNext.MobileNextTestServer;

namespace SessionSdk.IntegrationTests.MobileNext;

public sealed class MobileNextSessionClientTests
{
    private const string SessionId = "9d1e7b44-0c2a-4f5e-8b6d-3a9c2e1f0b77";

    [Fact]
    public async Task GetSession_SendsBearerKeyAndOrganization_AndMapsThePerEndpointShape()
    {
        using var host = Start(o => o.OrganizationId = "42");
        host.Respond(Get($"{SessionsPath}/{SessionId}"), Json(PerEndpointSession(SessionId, releasedAt: "2026-11-19T18:47:30Z")));

        var session = await host.Client().GetSessionAsync(SessionId);

        var request = Assert.Single(host.Requests());
        request.AssertSent("GET", $"{SessionsPath}/{SessionId}", organizationId: "42");
        Assert.Contains("application/json", request.Header("Accept"));
        Assert.Equal(SessionId, session.Id);
        Assert.Equal("mobilenext", session.ProviderName);
        Assert.Equal("mobilenext.device-session", session.Kind);
        Assert.Equal("0", session.OrganizationId);
        Assert.Equal("user_7f3a", session.UserId);
        Assert.Equal(SessionStatus.Released, session.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 18, 47, 30, TimeSpan.Zero), session.EndedAt);
        Assert.Equal("emulator-5554", Assert.Single(session.Devices).Id);
        Assert.IsType<MobileNextSession>(session.RawRepresentation);
    }

    [Fact]
    public async Task GetSession_WithoutOrganizationOption_SendsNoOrganizationHeader()
    {
        using var host = Start();
        host.Respond(Get($"{SessionsPath}/{SessionId}"), Json(PerEndpointSession(SessionId)));

        var session = await host.Client().GetSessionAsync(SessionId);

        Assert.Single(host.Requests()).AssertSent("GET", $"{SessionsPath}/{SessionId}", organizationId: null);
        Assert.Equal(SessionStatus.Active, session.Status);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData(" ")]
    [InlineData("a\nb")]
    public async Task GetSession_UnusableId_ThrowsBeforeAnyRequest(string id)
    {
        using var host = Start();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client().GetSessionAsync(id));

        Assert.Empty(host.Requests());
    }

    [Fact]
    public async Task GetSession_IdWithSlash_IsEscapedIntoOneSegment()
    {
        using var host = Start();
        host.Respond(WireMock.RequestBuilders.Request.Create().UsingGet(), Json(PerEndpointSession("a/b")));

        await host.Client().GetSessionAsync("a/b");

        var request = Assert.Single(host.Requests());
        Assert.EndsWith($"{SessionsPath}/a%2Fb", request.Url, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ListSessions_WithoutQuery_SendsNoParameters()
    {
        using var host = Start();
        host.Respond(Get(SessionsPath), Json($$"""{"object":"list","data":[{{GroupedSession("s-1", "2026-11-20T09:15:00Z")}}],"nextCursor":null}"""));

        var page = await host.Client().GetSessionPageAsync();

        var request = Assert.Single(host.Requests());
        request.AssertSent("GET", SessionsPath);
        Assert.Null(request.Query("limit"));
        Assert.Null(request.Query("before"));
        Assert.Equal("s-1", Assert.Single(page.Items).Id);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task ListSessions_FirstPage_SendsLimitAndCreatedBeforeAsRfc3339()
    {
        using var host = Start(o => o.OrganizationId = "42");
        host.Respond(Get(SessionsPath), Json($$"""{"object":"list","data":[{{GroupedSession("s-1", "2026-11-20T09:15:00Z")}}],"nextCursor":"2026-11-20T09:15:00Z"}"""));

        var page = await host.Client().GetSessionPageAsync(new SessionQuery
        {
            PageSize = 50,
            CreatedBefore = new DateTimeOffset(2026, 11, 21, 12, 30, 0, TimeSpan.FromHours(2)),
        });

        var request = Assert.Single(host.Requests());
        request.AssertSent("GET", SessionsPath, organizationId: "42");
        Assert.Equal("50", request.Query("limit"));
        Assert.Equal("2026-11-21T10:30:00Z", request.Query("before"));
        Assert.Equal("2026-11-20T09:15:00Z", page.ContinuationToken);
        var raw = Assert.IsType<MobileNextSessionList>(page.RawRepresentation);
        Assert.Equal("list", raw.Object);
    }

    [Fact]
    public async Task ListSessions_PerCallOrganization_OverridesTheOptionsValue()
    {
        using var host = Start(o => o.OrganizationId = "42");
        host.Respond(Get(SessionsPath), Json("""{"sessions":[]}"""));
        var query = new SessionQuery();
        query.AdditionalProperties["organizationId"] = "7";

        await host.Client().GetSessionPageAsync(query);

        Assert.Single(host.Requests()).AssertSent("GET", SessionsPath, organizationId: "7");
    }

    [Fact]
    public async Task ListSessions_PerCallOrganization_IsSentWithoutAnOptionsValue()
    {
        using var host = Start();
        host.Respond(Get(SessionsPath), Json("""{"sessions":[]}"""));
        var query = new SessionQuery();
        query.AdditionalProperties["OrganizationId"] = "org_01HZX3K9QW";

        await host.Client().GetSessionPageAsync(query);

        Assert.Single(host.Requests()).AssertSent("GET", SessionsPath, organizationId: "org_01HZX3K9QW");
    }

    [Theory]
    [InlineData("")]
    [InlineData("7\r\nX-Injected: yes")]
    public async Task ListSessions_UnusablePerCallOrganization_ThrowsBeforeAnyRequest(string organizationId)
    {
        using var host = Start();
        var query = new SessionQuery();
        query.AdditionalProperties["organizationId"] = organizationId;

        var e = await Assert.ThrowsAsync<ArgumentException>(() => host.Client().GetSessionPageAsync(query));

        Assert.Contains("organizationId", e.Message);
        Assert.Empty(host.Requests());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task ListSessions_PageSizeOutOfRange_ThrowsBeforeAnyRequest(int pageSize)
    {
        using var host = Start();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Client().GetSessionPageAsync(new SessionQuery { PageSize = pageSize }));

        Assert.Empty(host.Requests());
    }

    [Fact]
    public async Task ListSessions_MaxPageSize_Is500()
    {
        using var host = Start();
        host.Respond(Get(SessionsPath), Json("""{"data":[]}"""));

        await host.Client().GetSessionPageAsync(new SessionQuery { PageSize = 500 });

        Assert.Equal("500", Assert.Single(host.Requests()).Query("limit"));
    }

    [Fact]
    public async Task ListSessions_StatusFilter_IsAppliedByTheClient()
    {
        using var host = Start();
        host.Respond(Get(SessionsPath), Json($$"""
            {"object":"list","data":[
              {{GroupedSession("active-1", "2026-11-20T09:15:00Z")}},
              {{GroupedSession("released-1", "2026-11-20T08:00:00Z", releasedAt: "2026-11-20T08:30:00Z")}}
            ],"nextCursor":"2026-11-20T08:00:00Z"}
            """));

        var page = await host.Client().GetSessionPageAsync(new SessionQuery { Status = SessionStatus.Released });

        Assert.Equal("released-1", Assert.Single(page.Items).Id);
        Assert.Equal("2026-11-20T08:00:00Z", page.ContinuationToken);
    }

    [Fact]
    public async Task ListSessions_BareArray_IsOneLastPage()
    {
        using var host = Start();
        host.Respond(Get(SessionsPath), Json($"[{GroupedSession("s-1", "2026-11-20T09:15:00Z")}]"));

        var page = await host.Client().GetSessionPageAsync();

        Assert.Equal("s-1", Assert.Single(page.Items).Id);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task ListSessions_ObservedShape_MapsDevicesFromInfoSerial()
    {
        using var host = Start();
        host.Respond(Get(SessionsPath), Json("""
            {"data":[{"id":"c0ffee00-1234-4abc-8def-00000000beef","devices":[{"status":"released","info":{"serial":"00008110-001A2B3C4D5E801E"}}]}]}
            """));

        var session = Assert.Single((await host.Client().GetSessionPageAsync()).Items);

        var device = Assert.Single(session.Devices);
        Assert.Equal("00008110-001A2B3C4D5E801E", device.Id);
        Assert.Equal("released", device.RawStatus);
        Assert.Equal(SessionStatus.Released, session.Status);
    }

    [Fact]
    public async Task CreateSession_PostsWithoutBody_ThenReadsTheSessionBack()
    {
        using var host = Start(o => o.OrganizationId = "42");
        host.Respond(Post(SessionsPath), Json($$"""{"id":"{{SessionId}}"}""", status: 201));
        host.Respond(Get($"{SessionsPath}/{SessionId}"), Json(PerEndpointSession(SessionId)));

        var session = await host.Client().CreateSessionAsync(new CreateSessionRequest());

        var requests = host.Requests();
        Assert.Equal(2, requests.Length);
        requests[0].AssertSent("POST", SessionsPath, organizationId: "42");
        Assert.True(string.IsNullOrEmpty(requests[0].Body), "Create must not send a body.");
        requests[1].AssertSent("GET", $"{SessionsPath}/{SessionId}", organizationId: "42");
        Assert.Equal(SessionId, session.Id);
        Assert.Equal(SessionStatus.Active, session.Status);
        Assert.Equal("emulator-5554", Assert.Single(session.Devices).Id);
    }

    [Fact]
    public async Task CreateSession_ResponseWithoutId_ThrowsResponseException()
    {
        using var host = Start();
        host.Respond(Post(SessionsPath), Json("""{"state":"created"}""", status: 201));

        var e = await Assert.ThrowsAsync<SessionResponseException>(() => host.Client().CreateSessionAsync(new CreateSessionRequest()));

        Assert.Equal("mobilenext", e.ProviderName);
        Assert.Single(host.Requests());
    }

    public static TheoryData<string, CreateSessionRequest> UnsupportedCreateRequests()
    {
        var withExtra = new CreateSessionRequest();
        withExtra.AdditionalProperties["platform"] = "ios";
        return new()
        {
            { "Name", new CreateSessionRequest { Name = "nightly" } },
            { "Metadata", new CreateSessionRequest { Metadata = new JsonObject { ["build"] = 42 } } },
            { "SessionId", new CreateSessionRequest { SessionId = SessionId } },
            { "AdditionalProperties", withExtra },
        };
    }

    [Theory]
    [MemberData(nameof(UnsupportedCreateRequests))]
    public async Task CreateSession_WithValuesTheVendorCannotTake_ThrowsBeforeAnyRequest(string member, CreateSessionRequest request)
    {
        using var host = Start();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => host.Client().CreateSessionAsync(request));

        Assert.Contains(member, e.Message);
        Assert.Empty(host.Requests());
    }

    [Fact]
    public async Task UpdateSession_ThrowsNotSupportedWithoutAnyRequest()
    {
        using var host = Start();

        var e = await Assert.ThrowsAsync<NotSupportedException>(() => host.Client().UpdateSessionAsync(SessionId, new UpdateSessionRequest()));

        Assert.Contains("Update", e.Message);
        Assert.Empty(host.Requests());
    }

    [Fact]
    public async Task DeleteSession_ThrowsNotSupportedWithoutAnyRequest()
    {
        using var host = Start();

        var e = await Assert.ThrowsAsync<NotSupportedException>(() => host.Client().DeleteSessionAsync(SessionId));

        Assert.Contains("Delete", e.Message);
        Assert.Empty(host.Requests());
    }

    [Fact]
    public void Metadata_AdvertisesGetListCreateOnly()
    {
        using var host = Start();

        var metadata = host.Client().Metadata;

        Assert.Equal(SessionCapabilities.Get | SessionCapabilities.List | SessionCapabilities.Create, metadata.Capabilities);
        Assert.Equal("mobilenext", metadata.ProviderName);
        Assert.Equal("mobilenext.device-session", metadata.Kind);
        Assert.Equal(host.BaseAddress, metadata.Endpoint);
    }

    [Fact]
    public void GetService_ReturnsTheTypedApiAndTheOptions()
    {
        using var host = Start(o => o.OrganizationId = "42");

        var client = host.Client();

        Assert.NotNull(client.GetService<IMobileNextSessionsApi>());
        Assert.Equal("42", client.GetService<MobileNextOptions>()!.OrganizationId);
        Assert.Same(client, client.GetService<ISessionClient>());
        Assert.Null(client.GetService<IMobileNextSessionsApi>(serviceKey: "other"));
    }
}
