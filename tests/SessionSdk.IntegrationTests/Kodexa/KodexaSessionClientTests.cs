using System.Net;
using System.Text.Json.Nodes;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.Kodexa;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SessionSdk.IntegrationTests.Kodexa;

public sealed class KodexaSessionClientTests : IDisposable
{
    private const string ApiKey = "kdx-test-key-0001";
    private readonly SessionTestHost _host = SessionTestHost.Start((b, uri) => b.AddKodexa(o => { o.ApiKey = ApiKey; o.BaseAddress = uri; }));

    public void Dispose() => _host.Dispose();

    private ISessionClient Sessions => _host.Client("kodexa");

    private ISessionClient Agents => _host.Client("kodexa-agents");


    [Fact]
    public async Task GetSession_SendsGetWithApiKey_AndMapsTheSession()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingGet(), 200, KodexaJson.Session("s-1"));

        var session = await Sessions.GetSessionAsync("s-1");

        var request = RecordedRequests.Single(_host.Server);
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal("/api/sessions/s-1", request.RequestMessage!.Path);
        Assert.Equal(ApiKey, request.Header("x-api-key"));
        Assert.Null(request.Header("x-access-token"));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal("s-1", session.Id);
        Assert.Equal(SessionStatus.Active, session.Status);
        Assert.True(session.AdditionalProperties["vendorExtra"].GetProperty("keep").GetBoolean());
    }

    [Fact]
    public async Task LegacyHeaderOptIn_SendsXAccessTokenOnly()
    {
        using var host = SessionTestHost.Start((b, uri) => b.AddKodexa(o => { o.ApiKey = ApiKey; o.BaseAddress = uri; o.UseLegacyAccessTokenHeader = true; }));
        host.Server.Given(Request.Create().WithPath("/api/sessions/s-1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(KodexaJson.Session("s-1")));

        await host.Client("kodexa").GetSessionAsync("s-1");

        var request = RecordedRequests.Single(host.Server);
        Assert.Equal(ApiKey, request.Header("x-access-token"));
        Assert.Null(request.Header("x-api-key"));
    }

    [Fact]
    public async Task BaseAddressWithApiSuffix_StillHitsApiSessions()
    {
        using var host = SessionTestHost.Start((b, uri) => b.AddKodexa(o => { o.ApiKey = ApiKey; o.BaseAddress = new Uri(uri, "/api"); }));
        host.Server.Given(Request.Create().WithPath("/api/sessions/s-1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(KodexaJson.Session("s-1")));

        var session = await host.Client("kodexa").GetSessionAsync("s-1");

        Assert.Equal("s-1", session.Id);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public async Task ListSessions_FollowsThreePages_StoppingOnLast(int firstNumber)
    {
        var list = Request.Create().WithPath("/api/sessions").UsingGet();
        _host.Respond(list.WithParam("page", (firstNumber + 2).ToString(System.Globalization.CultureInfo.InvariantCulture)), 200, KodexaJson.Page(firstNumber + 2, last: true, totalPages: 9, KodexaJson.Session("e"), KodexaJson.Session("f")));
        _host.Respond(Request.Create().WithPath("/api/sessions").UsingGet().WithParam("page", (firstNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), 200, KodexaJson.Page(firstNumber + 1, last: false, totalPages: 9, KodexaJson.Session("c"), KodexaJson.Session("d")));
        _host.Server.Given(Request.Create().WithPath("/api/sessions").UsingGet()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(KodexaJson.Page(firstNumber, last: false, totalPages: 9, KodexaJson.Session("a"), KodexaJson.Session("b"))));

        var query = new SessionQuery { PageSize = 2 };
        query.AdditionalProperties["sort"] = "createdOn,desc;id,asc";
        query.AdditionalProperties["filter"] = "state==OPEN";
        query.AdditionalProperties["query"] = "acme invoices";
        var ids = new List<string>();
        await foreach (var session in Sessions.ListSessionsAsync(query))
        {
            ids.Add(session.Id);
        }

        Assert.Equal(["a", "b", "c", "d", "e", "f"], ids);
        var requests = RecordedRequests.All(_host.Server);
        Assert.Equal(3, requests.Count);
        Assert.Null(requests[0].Query("page"));
        Assert.Equal((firstNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), requests[1].Query("page"));
        Assert.Equal((firstNumber + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), requests[2].Query("page"));
        Assert.All(requests, r =>
        {
            Assert.Equal("2", r.Query("pageSize"));
            Assert.Equal(["createdOn,desc", "id,asc"], r.QueryAll("sort"));
            Assert.Equal("state==OPEN", r.Query("filter"));
            Assert.Equal("acme invoices", r.Query("query"));
            Assert.Equal(ApiKey, r.Header("x-api-key"));
        });
    }

    [Fact]
    public async Task ListPage_NewestFirst_SendsCreatedOnDescInPlaceOfTheCallersSort()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions").UsingGet(), 200, KodexaJson.Page(1, last: true, totalPages: 1, KodexaJson.Session("a")));
        var query = new SessionQuery { Order = SessionOrder.NewestFirst };
        query.AdditionalProperties["sort"] = "name,asc";

        await Sessions.GetSessionPageAsync(query);

        Assert.Equal(["createdOn,desc"], RecordedRequests.All(_host.Server).Single().QueryAll("sort"));
    }

    [Fact]
    public async Task ListPage_ExposesTheSpringPageAndAResumableToken()
    {
        _host.Respond(Request.Create().WithPath("/api/orchestrator-agent-sessions").UsingGet(), 200,
            """{"content":[{"id":"as-1","status":"ACTIVE","createdOn":"2026-11-20T09:00:00Z"}],"last":false,"number":1,"totalPages":2,"totalElements":2}""");

        var page = await Agents.GetSessionPageAsync();

        Assert.Equal("2", page.ContinuationToken);
        Assert.Equal(2, Assert.IsType<KodexaPage<KodexaOrchestratorAgentSession>>(page.RawRepresentation).TotalElements);
        Assert.Equal("kodexa-agents/as-1", Assert.Single(page.Items).QualifiedId);
    }

    [Fact]
    public async Task ListPage_EmptyButNotLast_EndsTheListing()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions").UsingGet(), 200, """{"content":[],"last":false,"number":7,"totalPages":99}""");

        var sessions = new List<Session>();
        await foreach (var session in Sessions.ListSessionsAsync())
        {
            sessions.Add(session);
        }

        Assert.Empty(sessions);
        Assert.Single(RecordedRequests.All(_host.Server));
    }

    [Fact]
    public async Task ListPage_NotFromThisProvider_IsRejectedBeforeAnyRequest()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sessions.GetSessionPageAsync(new SessionQuery { ContinuationToken = "eyJ4IjoxfQ" }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Sessions.GetSessionPageAsync(new SessionQuery { PageSize = 0 }));
        Assert.Empty(_host.Server.LogEntries);
    }

    [Fact]
    public async Task CreateSession_PostsTheVendorFieldsAndClientChosenId()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions").UsingPost(), 201, KodexaJson.Session("chosen-1"));
        var request = new CreateSessionRequest { SessionId = "chosen-1" };
        request.AdditionalProperties["state"] = "OPEN";
        request.AdditionalProperties["organizationId"] = "org-1";

        var session = await Sessions.CreateSessionAsync(request);

        var sent = RecordedRequests.Single(_host.Server);
        Assert.Equal("POST", sent.RequestMessage!.Method);
        Assert.Equal(ApiKey, sent.Header("x-api-key"));
        var body = JsonNode.Parse(sent.RequestMessage!.Body!)!.AsObject();
        Assert.Equal("chosen-1", body["id"]!.GetValue<string>());
        Assert.Equal("OPEN", body["state"]!.GetValue<string>());
        Assert.Equal("org-1", body["organizationId"]!.GetValue<string>());
        Assert.Equal("chosen-1", session.Id);
    }

    [Fact]
    public async Task CreateAgentSession_SendsMetadataAndRuntimeFields()
    {
        _host.Respond(Request.Create().WithPath("/api/orchestrator-agent-sessions").UsingPost(), 201,
            """{"id":"as-9","agentRuntimeId":"rt-1","status":"PENDING","metadata":{"step":"start"},"changeSequence":0,"createdOn":"2026-11-22T12:00:00Z","expiresAt":null}""");
        var request = new CreateSessionRequest { Metadata = new JsonObject { ["step"] = "start" } };
        request.AdditionalProperties["agentRuntimeId"] = "rt-1";

        var session = await Agents.CreateSessionAsync(request);

        var body = JsonNode.Parse(RecordedRequests.Single(_host.Server).RequestMessage!.Body!)!.AsObject();
        Assert.Equal("rt-1", body["agentRuntimeId"]!.GetValue<string>());
        Assert.Equal("start", body["metadata"]!["step"]!.GetValue<string>());
        Assert.Equal(SessionStatus.Pending, session.Status);
        Assert.Equal("start", session.Metadata!["step"].GetString());
    }

    [Fact]
    public async Task CreateSession_WithNameOrMetadata_FailsBeforeAnyRequest()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sessions.CreateSessionAsync(new CreateSessionRequest { Name = "x" }));
        await Assert.ThrowsAsync<ArgumentException>(() => Sessions.CreateSessionAsync(new CreateSessionRequest { Metadata = [] }));
        var wrongType = new CreateSessionRequest();
        wrongType.AdditionalProperties["changeSequence"] = "not a number";
        await Assert.ThrowsAsync<ArgumentException>(() => Sessions.CreateSessionAsync(wrongType));
        Assert.Empty(_host.Server.LogEntries);
    }

    [Fact]
    public async Task UpdateSession_ReadsAppliesAndPutsTheFullObjectBack()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingGet(), 200, KodexaJson.Session("s-1", changeSequence: 4));
        _host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingPut(), 200, KodexaJson.Session("s-1", state: "CLOSED", changeSequence: 5));
        var request = new UpdateSessionRequest { ExpectedVersion = "4" };
        request.AdditionalProperties["state"] = "CLOSED";

        var session = await Sessions.UpdateSessionAsync("s-1", request);

        var requests = RecordedRequests.All(_host.Server);
        Assert.Equal(["GET", "PUT"], requests.Select(r => r.RequestMessage!.Method));
        var body = JsonNode.Parse(requests[1].RequestMessage!.Body!)!.AsObject();
        Assert.Equal("CLOSED", body["state"]!.GetValue<string>());
        Assert.Equal(4, body["changeSequence"]!.GetValue<int>());
        Assert.Equal("u-s-1", body["uuid"]!.GetValue<string>());
        Assert.True(body["vendorExtra"]!["keep"]!.GetValue<bool>());
        Assert.Equal(SessionStatus.Closed, session.Status);
        Assert.Equal("5", session.Version);
    }

    [Fact]
    public async Task UpdateSession_WithStaleExpectedVersion_ConflictsWithoutPut()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingGet(), 200, KodexaJson.Session("s-1", changeSequence: 7));

        var error = await Assert.ThrowsAsync<SessionConflictException>(() => Sessions.UpdateSessionAsync("s-1", new UpdateSessionRequest { ExpectedVersion = "6" }));

        Assert.Equal("GET", RecordedRequests.Single(_host.Server).RequestMessage!.Method);
        Assert.Contains("version 7", error.Message, StringComparison.Ordinal);
        Assert.Equal("kodexa", error.ProviderName);
    }

    [Fact]
    public async Task UpdateAgentSession_MergesMetadataAtTheTopLevel()
    {
        _host.Respond(Request.Create().WithPath("/api/orchestrator-agent-sessions/as-1").UsingGet(), 200,
            """{"id":"as-1","changeSequence":2,"metadata":{"keep":"me","step":"one","nested":{"a":1}}}""");
        _host.Respond(Request.Create().WithPath("/api/orchestrator-agent-sessions/as-1").UsingPut(), 200,
            """{"id":"as-1","changeSequence":3,"metadata":{"keep":"me","step":"two","nested":{"b":2}}}""");

        await Agents.UpdateSessionAsync("as-1", new UpdateSessionRequest { Metadata = new JsonObject { ["step"] = "two", ["nested"] = new JsonObject { ["b"] = 2 } } });

        var body = JsonNode.Parse(RecordedRequests.All(_host.Server)[1].RequestMessage!.Body!)!;
        Assert.Equal("me", body["metadata"]!["keep"]!.GetValue<string>());
        Assert.Equal("two", body["metadata"]!["step"]!.GetValue<string>());
        Assert.Null(body["metadata"]!["nested"]!["a"]);
        Assert.Equal(2, body["changeSequence"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpdateSession_VendorConflict_IsSessionConflict()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingGet(), 200, KodexaJson.Session("s-1"));
        _host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingPut(), 409, """{"message":"Stale changeSequence"}""");

        var error = await Assert.ThrowsAsync<SessionConflictException>(() => Sessions.UpdateSessionAsync("s-1", new UpdateSessionRequest()));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Equal("Stale changeSequence", error.VendorMessage);
    }

    [Fact]
    public async Task DeleteSession_SendsDelete()
    {
        _host.Server.Given(Request.Create().WithPath("/api/orchestrator-agent-sessions/as-1").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));

        await Agents.DeleteSessionAsync("as-1");

        var request = RecordedRequests.Single(_host.Server);
        Assert.Equal("DELETE", request.RequestMessage!.Method);
        Assert.Equal(ApiKey, request.Header("x-api-key"));
    }

    [Fact]
    public async Task GetSession_404_ThrowsNotFoundWithVendorMessage()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/missing-1").UsingGet(), 404, KodexaJson.NotFound);

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() => Sessions.GetSessionAsync("missing-1"));

        Assert.Equal("Session with id missing-1 not found", error.VendorMessage);
        Assert.Contains("Session with id missing-1 not found", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("kodexa", error.ProviderName);
        Assert.Equal("GetSession", error.Operation);
        Assert.Equal("inc-404", error.RequestId);
        Assert.False(error.IsTransient);
        Assert.Null(await Sessions.TryGetSessionAsync("missing-1"));
    }

    [Fact]
    public async Task GetSession_401_ThrowsAuthenticationErrorWithoutTheKey()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/s-1").UsingGet(), 401, KodexaJson.Unauthorized);

        var error = await Assert.ThrowsAsync<SessionAuthenticationException>(() => Sessions.GetSessionAsync("s-1"));

        Assert.Equal("Full authentication is required to access this resource", error.VendorMessage);
        Assert.DoesNotContain(ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateSession_400WithErrorsMap_ThrowsValidationWithFieldErrors()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions").UsingPost(), 400, KodexaJson.BadRequest);

        var error = await Assert.ThrowsAsync<SessionValidationException>(() => Sessions.CreateSessionAsync(new CreateSessionRequest()));

        Assert.Equal("Validation failed", error.VendorMessage);
        Assert.Contains(error.FieldErrors, f => f.Field == "state" && f.Message == "must be OPEN or CLOSED");
        Assert.Contains(error.FieldErrors, f => f.Field == "organizationId" && f.Message == "must not be blank");
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("a\nb")]
    public async Task BadIds_FailBeforeAnyRequest(string id)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Sessions.GetSessionAsync(id));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Sessions.DeleteSessionAsync(id));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Agents.UpdateSessionAsync(id, new UpdateSessionRequest()));
        Assert.Empty(_host.Server.LogEntries);
    }

    [Fact]
    public async Task IdWithSlash_TravelsAsOneEscapedSegment()
    {
        _host.Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(404).WithBody("{}"));

        await Assert.ThrowsAsync<SessionNotFoundException>(() => Sessions.GetSessionAsync("a/../b?x#y"));

        var url = RecordedRequests.Single(_host.Server).RequestMessage!.Url;
        Assert.Contains("/api/sessions/a%2F..%2Fb%3Fx%23y", url, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CallerCancellation_SurfacesAsOperationCanceledWithThatToken()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sessions.GetSessionAsync("s-1", cts.Token));

        Assert.Equal(cts.Token, error.CancellationToken);
    }

    [Fact]
    public async Task TypedRefitClient_GoesThroughTheSamePipeline()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/missing-1").UsingGet(), 404, KodexaJson.NotFound);
        var api = _host.Services.GetRequiredService<IKodexaSessionsApi>();

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() => api.GetSessionAsync("missing-1"));

        Assert.Equal(ApiKey, RecordedRequests.Single(_host.Server).Header("x-api-key"));
        Assert.Equal("kodexa", error.ProviderName);
    }
}
