using WireMock.RequestBuilders;
using static SessionSdk.IntegrationTests.MobileNext.MobileNextTestServer;

namespace SessionSdk.IntegrationTests.MobileNext;

public sealed class MobileNextPagingTests
{
    // Opaque on purpose: a timestamp with an offset ('+' and ':' must survive), then something that is no timestamp.
    private const string FirstCursor = "2026-11-20T08:00:00.5+01:00";
    private const string SecondCursor = "eyJiZWZvcmUiOiIyMDI2LTExLTE4VDEwOjAwOjAwWiJ9/==";

    [Fact]
    public async Task ListSessions_ThreePages_FeedsEachCursorBackVerbatimAndStopsOnNullCursor()
    {
        using var host = Start(o => o.OrganizationId = "42");
        ArrangeThreePages(host, lastPage: $$"""{"data":[{{GroupedSession("s-5", "2026-11-17T10:00:00Z")}}],"nextCursor":null}""");

        var ids = await ListAllIds(host);

        Assert.Equal(["s-1", "s-2", "s-3", "s-4", "s-5"], ids);
        AssertThreeRequests(host);
    }

    [Fact]
    public async Task ListSessions_ThreePages_FeedsEachCursorBackVerbatimAndStopsOnAbsentCursor()
    {
        using var host = Start(o => o.OrganizationId = "42");
        ArrangeThreePages(host, lastPage: $$"""{"data":[{{GroupedSession("s-5", "2026-11-17T10:00:00Z")}}]}""");

        var ids = await ListAllIds(host);

        Assert.Equal(["s-1", "s-2", "s-3", "s-4", "s-5"], ids);
        AssertThreeRequests(host);
    }

    [Fact]
    public async Task ListSessions_ContinuationToken_WinsOverCreatedBefore()
    {
        using var host = Start();
        host.Respond(Get(SessionsPath), Json("""{"data":[]}"""));

        var page = await host.Client().GetSessionPageAsync(new SessionQuery
        {
            ContinuationToken = SecondCursor,
            CreatedBefore = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });

        Assert.Equal(SecondCursor, Assert.Single(host.Requests()).Query("before"));
        Assert.Null(page.ContinuationToken);
    }

    private static void ArrangeThreePages(Infrastructure.SessionTestHost host, string lastPage)
    {
        // Page one in the grouped docs' envelope, page two in the per-endpoint one, page three in the observed one.
        host.Respond(
            Get(SessionsPath),
            Json($$"""{"object":"list","data":[{{GroupedSession("s-1", "2026-11-20T09:00:00Z")}},{{GroupedSession("s-2", "2026-11-20T08:00:00Z")}}],"nextCursor":"{{FirstCursor}}"}"""),
            priority: 10);
        host.Respond(
            Get(SessionsPath).WithParam("before", FirstCursor),
            Json($$"""{"sessions":[{{PerEndpointSession("s-3")}},{{PerEndpointSession("s-4")}}],"nextCursor":"{{SecondCursor}}"}"""),
            priority: 1);
        host.Respond(Get(SessionsPath).WithParam("before", SecondCursor), Json(lastPage), priority: 1);
    }

    private static async Task<List<string>> ListAllIds(Infrastructure.SessionTestHost host)
    {
        var ids = new List<string>();
        await foreach (var session in host.Client().ListSessionsAsync(new SessionQuery { PageSize = 2 }))
        {
            ids.Add(session.Id);
        }

        return ids;
    }

    private static void AssertThreeRequests(Infrastructure.SessionTestHost host)
    {
        var requests = host.Requests();
        Assert.Equal(3, requests.Length);
        foreach (var request in requests)
        {
            request.AssertSent("GET", SessionsPath, organizationId: "42");
            Assert.Equal("2", request.Query("limit"));
        }

        Assert.Null(requests[0].Query("before"));
        Assert.Equal(FirstCursor, requests[1].Query("before"));

        // A literal '+' in a query string reads as a space on many servers: it must go out escaped.
        Assert.DoesNotContain("+", requests[1].RawQuery);
        Assert.Equal(SecondCursor, requests[2].Query("before"));
    }
}
