using SessionSdk.Sandbox.Tests.Infrastructure;

namespace SessionSdk.Sandbox.Tests.Kodexa;

/// <summary>Kodexa <c>/api/sessions</c> against VENDOR-APIS.md §1 and the 2022 OpenAPI: fields, Spring page, ExceptionResponse, ThrowableProblem.</summary>
public sealed class KodexaSessionsWireTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly string[] PageKeys = ["content", "first", "last", "number", "numberOfElements", "size", "totalElements", "totalPages", "empty", "sort", "pageable"];
    private static readonly string[] SessionKeys = ["id", "uuid", "changeSequence", "createdOn", "updatedOn", "organizationId", "organization", "state", "token"];
    private static readonly string[] OrganizationKeys =
    [
        "authGroupLink", "changeSequence", "createdOn", "defaultToPrivateTemplates", "description", "enterpriseOrganization", "features", "hasImage", "id",
        "memory", "name", "organizationStatus", "properties", "publicAccess", "searchText", "slug", "stripeCustomerId", "supportAccess",
        "supportAccessExpiresAt", "updatedOn", "uuid",
    ];

    private Uri Base => fixture.Sandbox.KodexaBaseAddress;

    [Fact]
    public async Task GetSession_DocumentedExample_HasTheDocumentedFieldsAndOrganization()
    {
        var response = await Wire.GetAsync(Base, "/api/sessions/" + SandboxExampleIds.KodexaSession, fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        var session = response.Object;
        Wire.AssertKeys(session, SessionKeys);
        Assert.Equal(123, session["changeSequence"]!.GetValue<int>());
        Assert.Equal("2023-11-07T05:31:56Z", Wire.Text(session["createdOn"]));
        Wire.AssertKeys(session["organization"], OrganizationKeys);
        Assert.Equal("Acme Corp", Wire.Text(session["organization"]!["name"]));
        Assert.Equal("550e8400-e29b-41d4-a716-446655440000", Wire.Text(session["organization"]!["id"]));
        Assert.Equal("550e8400e29b41d4a716446655440000", Wire.Text(session["organization"]!["uuid"]));
    }

    [Fact]
    public async Task MissingOrWrongKey_Is401ThrowableProblem()
    {
        foreach (var headers in new[] { Array.Empty<(string, string)>(), [("x-api-key", "wrong")], [("Authorization", "Bearer " + fixture.Sandbox.KodexaApiKey)] })
        {
            var response = await Wire.GetAsync(Base, "/api/sessions", headers);

            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.Equal("application/problem+json", response.MediaType);
            var problem = response.Object;
            Wire.AssertKeys(problem, "type", "title", "status", "detail", "instance", "message", "parameters");
            Assert.Equal(401, problem["status"]!.GetValue<int>());
            Assert.Equal("Unauthorized", Wire.Text(problem["title"]));
            Assert.Equal("/api/sessions", Wire.Text(problem["instance"]));
        }
    }

    [Fact]
    public async Task LegacyAccessTokenHeader_IsAccepted_ButApiKeyWinsWhenBothAreSent()
    {
        var legacy = await Wire.GetAsync(Base, "/api/sessions", ("x-access-token", fixture.Sandbox.KodexaApiKey));
        var both = await Wire.GetAsync(Base, "/api/sessions", ("x-api-key", "wrong"), ("x-access-token", fixture.Sandbox.KodexaApiKey));

        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, both.Status);
    }

    [Fact]
    public async Task List_Defaults_IsSpringPageOneOfTwenty()
    {
        var page = (await Wire.GetAsync(Base, "/api/sessions", fixture.KodexaKey)).Object;

        Wire.AssertKeys(page, PageKeys);
        Wire.AssertKeys(page["sort"], "empty", "sorted", "unsorted");
        Wire.AssertKeys(page["pageable"], "offset", "pageNumber", "pageSize", "paged", "unpaged", "sort");
        Assert.Equal(1, page["number"]!.GetValue<int>());
        Assert.Equal(20, page["size"]!.GetValue<int>());
        Assert.Equal(20, page["numberOfElements"]!.GetValue<int>());
        Assert.True(page["first"]!.GetValue<bool>());
        Assert.False(page["last"]!.GetValue<bool>());
        Assert.False(page["empty"]!.GetValue<bool>());
        Assert.Equal(0, page["pageable"]!["offset"]!.GetValue<long>());
        Assert.True(page["totalElements"]!.GetValue<long>() > 100);
        Assert.Equal((int)Math.Ceiling(page["totalElements"]!.GetValue<long>() / 20.0), page["totalPages"]!.GetValue<int>());
        Wire.AssertKeys(page["content"]![0], SessionKeys.Concat(page["content"]![0]!.AsObject().ContainsKey("lastAccessed") ? ["lastAccessed"] : []).ToArray());
    }

    [Fact]
    public async Task List_WalkingPagesUntilLast_ReadsEverySessionOnce()
    {
        var ids = new List<string>();
        long? total = null;
        for (var number = 1; ; number++)
        {
            Assert.True(number <= 50, "the last page never came");
            var page = (await Wire.GetAsync(Base, $"/api/sessions?page={number}&pageSize=40", fixture.KodexaKey)).Object;
            Assert.Equal(number, page["number"]!.GetValue<int>());
            Assert.Equal(number == 1, page["first"]!.GetValue<bool>());
            total ??= page["totalElements"]!.GetValue<long>();
            ids.AddRange(page["content"]!.AsArray().Select(s => Wire.Text(s!["id"])));
            if (page["last"]!.GetValue<bool>())
            {
                Assert.Equal(page["totalPages"]!.GetValue<int>(), number);
                break;
            }
        }

        Assert.True(ids.Count >= total);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(SandboxExampleIds.KodexaSession, ids);
    }

    [Fact]
    public async Task List_BeyondTheLastPage_IsEmptyAndLast()
    {
        var page = (await Wire.GetAsync(Base, "/api/sessions?page=999&pageSize=1000", fixture.KodexaKey)).Object;

        Assert.Empty(page["content"]!.AsArray());
        Assert.True(page["empty"]!.GetValue<bool>());
        Assert.True(page["last"]!.GetValue<bool>());
        Assert.Equal(0, page["numberOfElements"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("desc")]
    [InlineData("asc")]
    public async Task List_SortByCreatedOn_OrdersTheWholeCollection(string direction)
    {
        var page = (await Wire.GetAsync(Base, $"/api/sessions?pageSize=1000&sort=createdOn,{direction}", fixture.KodexaKey)).Object;

        var created = page["content"]!.AsArray().Select(s => DateTimeOffset.Parse(Wire.Text(s!["createdOn"]), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var expected = direction == "desc" ? created.OrderDescending() : created.Order();
        Assert.Equal(expected, created);
        Assert.True(page["sort"]!["sorted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task List_PageSizeAboveTheMaximum_IsCappedAt1000()
    {
        var page = (await Wire.GetAsync(Base, "/api/sessions?pageSize=5000", fixture.KodexaKey)).Object;

        Assert.Equal(1000, page["size"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=first", "page")]
    [InlineData("sort=createdOn,sideways", "sort")]
    public async Task List_BadParameter_Is400WithErrorsMap(string query, string field)
    {
        var response = await Wire.GetAsync(Base, "/api/sessions?" + query, fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var body = response.Object;
        Wire.AssertKeys(body, "dateTime", "message", "incidentId", "contextPath", "errors");
        Assert.NotNull(body["errors"]![field]);
    }

    [Fact]
    public async Task List_FilterAndQuery_NarrowTheResults()
    {
        var closed = (await Wire.GetAsync(Base, "/api/sessions?pageSize=1000&filter=state==CLOSED", fixture.KodexaKey)).Object;
        var all = (await Wire.GetAsync(Base, "/api/sessions?pageSize=1000", fixture.KodexaKey)).Object;
        var byQuery = (await Wire.GetAsync(Base, "/api/sessions?query=" + SandboxExampleIds.KodexaSession[..13], fixture.KodexaKey)).Object;

        Assert.All(closed["content"]!.AsArray(), s => Assert.Equal("CLOSED", Wire.Text(s!["state"])));
        Assert.InRange(closed["totalElements"]!.GetValue<long>(), 1, all["totalElements"]!.GetValue<long>() - 1);
        Assert.Equal(SandboxExampleIds.KodexaSession, Wire.Text(Assert.Single(byQuery["content"]!.AsArray())!["id"]));
    }

    [Fact]
    public async Task Create_ReturnsTheObjectWithServerSetFields_AndItCanBeReadBack()
    {
        var created = await Wire.SendAsync(HttpMethod.Post, Base, "/api/sessions", """{"state":"OPEN","id":null,"changeSequence":99}""", fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.OK, created.Status);
        var session = created.Object;
        Wire.AssertKeys(session, SessionKeys);
        Assert.Equal(1, session["changeSequence"]!.GetValue<int>());
        Assert.True(Guid.TryParse(Wire.Text(session["id"]), out _));
        Assert.StartsWith("sbx_", Wire.Text(session["token"]));
        Assert.Equal(Wire.Text(session["createdOn"]), Wire.Text(session["updatedOn"]));
        var read = await Wire.GetAsync(Base, "/api/sessions/" + Wire.Text(session["id"]), fixture.KodexaKey);
        Assert.True(JsonNode.DeepEquals(session, read.Json));
    }

    [Fact]
    public async Task Create_WithAClientChosenId_KeepsIt_AndATakenIdIs409()
    {
        var id = "demo-" + Guid.NewGuid().ToString("N");

        var first = await Wire.SendAsync(HttpMethod.Post, Base, "/api/sessions", $$"""{"id":"{{id}}","state":"OPEN"}""", fixture.KodexaKey);
        var second = await Wire.SendAsync(HttpMethod.Post, Base, "/api/sessions", $$"""{"id":"{{id}}","state":"OPEN"}""", fixture.KodexaKey);

        Assert.Equal(id, Wire.Text(first.Object["id"]));
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Wire.AssertKeys(second.Json, "dateTime", "message", "incidentId", "contextPath");
    }

    [Fact]
    public async Task Put_BumpsChangeSequence_KeepsUnknownFields_AndAStaleVersionIs409()
    {
        var session = (await Wire.SendAsync(HttpMethod.Post, Base, "/api/sessions", """{"state":"OPEN"}""", fixture.KodexaKey)).Object;
        var id = Wire.Text(session["id"]);
        session["state"] = "CLOSED";
        session["customField"] = "kept";

        var updated = await Wire.SendAsync(HttpMethod.Put, Base, "/api/sessions/" + id, session.ToJsonString(), fixture.KodexaKey);
        var stale = await Wire.SendAsync(HttpMethod.Put, Base, "/api/sessions/" + id, session.ToJsonString(), fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal(2, updated.Object["changeSequence"]!.GetValue<int>());
        Assert.Equal("CLOSED", Wire.Text(updated.Object["state"]));
        Assert.Equal("kept", Wire.Text(updated.Object["customField"]));
        Assert.Equal(Wire.Text(session["token"]), Wire.Text(updated.Object["token"]));
        Assert.Equal(Wire.Text(session["createdOn"]), Wire.Text(updated.Object["createdOn"]));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Wire.AssertKeys(stale.Json, "dateTime", "message", "incidentId", "contextPath");
        Assert.Contains("changeSequence is 2", Wire.Text(stale.Object["message"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"state":5}""", "state")]
    [InlineData("""{"changeSequence":"two"}""", "changeSequence")]
    [InlineData("""{"createdOn":"yesterday"}""", "createdOn")]
    [InlineData("""{"id":"another-id"}""", "id")]
    public async Task Put_BadField_Is400WithThatFieldInErrors(string body, string field)
    {
        var response = await Wire.SendAsync(HttpMethod.Put, Base, "/api/sessions/" + SandboxExampleIds.KodexaSession, body, fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotNull(response.Object["errors"]![field]!["message"]);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    public async Task Create_MalformedBody_Is400ExceptionResponse(string body)
    {
        var response = await Wire.SendAsync(HttpMethod.Post, Base, "/api/sessions", body, fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Wire.AssertKeys(response.Json, "dateTime", "message", "incidentId", "contextPath");
    }

    [Fact]
    public async Task Delete_Then_GetAndDeleteAre404ExceptionResponse()
    {
        var id = Wire.Text((await Wire.SendAsync(HttpMethod.Post, Base, "/api/sessions", "{}", fixture.KodexaKey)).Object["id"]);

        var deleted = await Wire.SendAsync(HttpMethod.Delete, Base, "/api/sessions/" + id, null, fixture.KodexaKey);
        var get = await Wire.GetAsync(Base, "/api/sessions/" + id, fixture.KodexaKey);
        var again = await Wire.SendAsync(HttpMethod.Delete, Base, "/api/sessions/" + id, null, fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(string.Empty, deleted.Body);
        Assert.Equal(HttpStatusCode.NotFound, get.Status);
        Wire.AssertKeys(get.Json, "dateTime", "message", "incidentId", "contextPath");
        Assert.Equal($"Session with id {id} not found", Wire.Text(get.Object["message"]));
        Assert.Equal("/api/sessions/" + id, Wire.Text(get.Object["contextPath"]));
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Fact]
    public async Task UnknownRouteAndUnsupportedMethod_AnswerInExceptionResponseShape()
    {
        var route = await Wire.GetAsync(Base, "/api/nothing-here", fixture.KodexaKey);
        var method = await Wire.SendAsync(HttpMethod.Patch, Base, "/api/sessions/" + SandboxExampleIds.KodexaSession, "{}", fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.NotImplemented, route.Status);
        Wire.AssertKeys(route.Json, "dateTime", "message", "incidentId", "contextPath");
        Assert.StartsWith("The SessionSdk sandbox does not serve GET /api/nothing-here", Wire.Text(route.Object["message"]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, method.Status);
        Wire.AssertKeys(method.Json, "dateTime", "message", "incidentId", "contextPath");
    }
}
