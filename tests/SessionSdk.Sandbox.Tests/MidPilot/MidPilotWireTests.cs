using SessionSdk.Sandbox.Tests.Infrastructure;

namespace SessionSdk.Sandbox.Tests.MidPilot;

/// <summary>midPilot <c>/api/v1/session</c> against VENDOR-APIS.md §4, the "Get Session" page and the OpenAPI file.</summary>
public sealed class MidPilotWireTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string PythonTimestamp = @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$";

    // The "Get Session" page's example response's data, verbatim.
    private const string ExampleData = """
        {
        "discoveryInput": {
        "applicationName": "My API",
        "applicationVersion": "v2.0"
        },
        "documentationItems": [],
        "scrapeInput": {
        "applicationName": "My API",
        "applicationVersion": "v2.0",
        "baseUrl": "https://api.example.com"
        }
        }
        """;

    private Uri Base => fixture.Sandbox.MidPilotBaseAddress;

    [Fact]
    public async Task GetSession_DocumentedExample_HasItsDataAndPythonTimestamps()
    {
        var response = await Wire.GetAsync(Base, "/api/v1/session/" + SandboxExampleIds.MidPilotSession);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Wire.AssertKeys(response.Json, "sessionId", "data", "createdAt", "updatedAt");
        Assert.Equal(SandboxExampleIds.MidPilotSession, Wire.Text(response.Object["sessionId"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ExampleData), response.Object["data"]));
        Assert.Equal("2026-03-10T10:30:00+00:00", Wire.Text(response.Object["createdAt"]));
        Assert.Equal("2026-03-10T10:35:00+00:00", Wire.Text(response.Object["updatedAt"]));
    }

    [Fact]
    public async Task Create_Is201WithSessionIdAndMessage_AndNeedsNoAuthentication()
    {
        var response = await Wire.SendAsync(HttpMethod.Post, Base, "/api/v1/session");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Wire.AssertKeys(response.Json, "sessionId", "message");
        Assert.Equal("Session created successfully. Use this session_id in subsequent requests.", Wire.Text(response.Object["message"]));
        var id = Wire.Text(response.Object["sessionId"]);
        Assert.Equal(Guid.Parse(id).ToString("D"), id);

        var read = (await Wire.GetAsync(Base, "/api/v1/session/" + id)).Object;
        Assert.Empty(read["data"]!.AsObject());
        Assert.Matches(PythonTimestamp, Wire.Text(read["createdAt"]));
        Assert.Matches(PythonTimestamp, Wire.Text(read["updatedAt"]));
    }

    [Fact]
    public async Task CreateWithId_Is201_AndAgainIs409Detail()
    {
        var id = Guid.NewGuid().ToString("D");

        var first = await Wire.SendAsync(HttpMethod.Post, Base, "/api/v1/session/" + id);
        var second = await Wire.SendAsync(HttpMethod.Post, Base, "/api/v1/session/" + id);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"sessionId":"{{id}}","message":"Session created successfully with provided ID."}"""), first.Json));
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"detail":"Session {{id}} already exists"}"""), second.Json));
    }

    [Fact]
    public async Task Head_Is204WhenTheSessionExists_And404WhenNot()
    {
        var exists = await Wire.SendAsync(HttpMethod.Head, Base, "/api/v1/session/" + SandboxExampleIds.MidPilotSession);
        var missing = await Wire.SendAsync(HttpMethod.Head, Base, "/api/v1/session/" + Guid.NewGuid());
        var invalid = await Wire.SendAsync(HttpMethod.Head, Base, "/api/v1/session/nope");

        Assert.Equal(HttpStatusCode.NoContent, exists.Status);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal((HttpStatusCode)422, invalid.Status);
        Assert.Equal(string.Empty, exists.Body + missing.Body + invalid.Body);
    }

    [Fact]
    public async Task Patch_MergesTopLevelKeys_AndReplacesNestedObjects()
    {
        var id = await CreateAsync();
        await Wire.SendAsync(HttpMethod.Patch, Base, "/api/v1/session/" + id, """{"data":{"a":1,"nested":{"x":1,"y":2}}}""");

        var response = await Wire.SendAsync(HttpMethod.Patch, Base, "/api/v1/session/" + id, """{"data":{"b":2,"nested":{"z":3}}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"message":"Session updated successfully","sessionId":"{{id}}"}"""), response.Json));
        var data = (await Wire.GetAsync(Base, "/api/v1/session/" + id)).Object["data"];
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":1,"nested":{"z":3},"b":2}"""), data), data!.ToJsonString());
    }

    [Fact]
    public async Task Patch_UnknownSession_Is404NotFoundOrUpdateFailed()
    {
        var id = Guid.NewGuid().ToString("D");

        var response = await Wire.SendAsync(HttpMethod.Patch, Base, "/api/v1/session/" + id, """{"data":{}}""");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"detail":"Session {{id}} not found or update failed"}"""), response.Json));
    }

    [Theory]
    [InlineData("""{"dat":{}}""", "missing", """["body","data"]""")]
    [InlineData("""{"data":[1]}""", "dict_type", """["body","data"]""")]
    [InlineData("""[1]""", "model_attributes_type", """["body"]""")]
    [InlineData("", "missing", """["body"]""")]
    [InlineData("{oops", "json_invalid", null)]
    public async Task Patch_BadBody_Is422FastApiValidation(string body, string type, string? location)
    {
        var response = await Wire.SendAsync(HttpMethod.Patch, Base, "/api/v1/session/" + SandboxExampleIds.MidPilotSession, body);

        Assert.Equal((HttpStatusCode)422, response.Status);
        Wire.AssertKeys(response.Json, "detail");
        var problem = Assert.Single(response.Object["detail"]!.AsArray())!.AsObject();
        Assert.Equal(type, Wire.Text(problem["type"]));
        Assert.Equal("body", Wire.Text(problem["loc"]![0]));
        if (location is not null)
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(location), problem["loc"]));
        }

        Assert.NotNull(problem["msg"]);
        Assert.True(problem.ContainsKey("input"));
    }

    [Fact]
    public async Task Delete_Is200WithABody_AndThen404Detail()
    {
        var id = await CreateAsync();

        var deleted = await Wire.SendAsync(HttpMethod.Delete, Base, "/api/v1/session/" + id);
        var get = await Wire.GetAsync(Base, "/api/v1/session/" + id);
        var again = await Wire.SendAsync(HttpMethod.Delete, Base, "/api/v1/session/" + id);

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"message":"Session deleted successfully","sessionId":"{{id}}"}"""), deleted.Json));
        Assert.Equal(HttpStatusCode.NotFound, get.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"detail":"Session {{id}} not found"}"""), get.Json));
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Theory]
    [InlineData("not-a-uuid", "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1")]
    [InlineData("abc", "invalid length: expected length 32 for simple format, found 3")]
    [InlineData("123e4567-e89b-12d3-a456", "invalid group count: expected 5, found 4")]
    public async Task NonUuidSessionId_Is422WithPydanticDetail_Not404(string id, string error)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Delete, HttpMethod.Post })
        {
            var response = await Wire.SendAsync(method, Base, "/api/v1/session/" + id);

            Assert.Equal((HttpStatusCode)422, response.Status);
            var problem = Assert.Single(response.Object["detail"]!.AsArray())!.AsObject();
            Wire.AssertKeys(problem, "type", "loc", "msg", "input", "ctx");
            Assert.Equal("uuid_parsing", Wire.Text(problem["type"]));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["path","session_id"]"""), problem["loc"]));
            Assert.Equal("Input should be a valid UUID, " + error, Wire.Text(problem["msg"]));
            Assert.Equal(id, Wire.Text(problem["input"]));
        }
    }

    [Fact]
    public async Task SimpleAndUppercaseUuids_AreTheSameSession()
    {
        var simple = await Wire.GetAsync(Base, "/api/v1/session/" + Guid.Parse(SandboxExampleIds.MidPilotSession).ToString("N").ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, simple.Status);
        Assert.Equal(SandboxExampleIds.MidPilotSession, Wire.Text(simple.Object["sessionId"]));
    }

    [Fact]
    public async Task Jobs_ListsTheJobsTheSessionsDataRecords_AndUnknownSessionIs404()
    {
        var id = await CreateAsync();
        await Wire.SendAsync(HttpMethod.Patch, Base, "/api/v1/session/" + id, """{"data":{"discoveryJobId":"job-1","discoveryInput":{}}}""");

        var jobs = await Wire.GetAsync(Base, $"/api/v1/session/{id}/jobs");
        var empty = await Wire.GetAsync(Base, $"/api/v1/session/{SandboxExampleIds.MidPilotSession}/jobs");
        var missing = await Wire.GetAsync(Base, $"/api/v1/session/{Guid.NewGuid()}/jobs");

        Assert.Equal(HttpStatusCode.OK, jobs.Status);
        Wire.AssertKeys(jobs.Json, "sessionId", "jobs");
        var job = Assert.Single(jobs.Object["jobs"]!.AsArray())!;
        // The fixture's clock is frozen, so the job has run through at once: it has started and finished.
        Wire.AssertKeys(job, "jobId", "type", "status", "createdAt", "updatedAt", "startedAt", "finishedAt");
        Assert.Equal("job-1", Wire.Text(job["jobId"]));
        Assert.Equal("discovery", Wire.Text(job["type"]));
        Assert.Equal("finished", Wire.Text(job["status"]));
        Assert.Empty(empty.Object["jobs"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Wire.AssertKeys(missing.Json, "detail");
    }

    [Fact]
    public async Task ListingSessions_IsNotImplemented_405()
    {
        var response = await Wire.GetAsync(Base, "/api/v1/session");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"detail":"Method Not Allowed"}"""), response.Json));
    }

    [Fact]
    public async Task UnknownRoute_Is501Detail_NeverA404()
    {
        var response = await Wire.GetAsync(Base, "/api/v1/nothing");

        Assert.Equal(HttpStatusCode.NotImplemented, response.Status);
        Wire.AssertKeys(response.Json, "detail");
        Assert.Equal("The SessionSdk sandbox does not serve GET /api/v1/nothing: the vendor documents it nowhere the sandbox follows, or the sandbox does not implement it.", Wire.Text(response.Object["detail"]));
    }

    private async Task<string> CreateAsync() => Wire.Text((await Wire.SendAsync(HttpMethod.Post, Base, "/api/v1/session")).Object["sessionId"]);
}
