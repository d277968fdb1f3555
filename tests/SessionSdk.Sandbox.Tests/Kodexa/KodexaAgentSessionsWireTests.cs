using SessionSdk.Sandbox.Tests.Infrastructure;

namespace SessionSdk.Sandbox.Tests.Kodexa;

/// <summary>Kodexa <c>/api/orchestrator-agent-sessions</c> against VENDOR-APIS.md §2: the documented field set, and the generic CRUD convention.</summary>
public sealed class KodexaAgentSessionsWireTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    // The "Create OrchestratorAgentSession" page's request and response field set.
    private static readonly string[] AgentKeys =
        ["agentRuntimeId", "changeSequence", "createdOn", "expiresAt", "id", "lastInvokedAt", "metadata", "organizationId", "runtimeSessionId", "status", "updatedOn", "uuid"];

    private Uri Base => fixture.Sandbox.KodexaBaseAddress;

    [Fact]
    public async Task Create_WithTheDocumentedBody_ReturnsTheDocumentedFields()
    {
        const string Body = """
            {"agentRuntimeId":"rt-1","changeSequence":123,"createdOn":"2023-11-07T05:31:56Z","expiresAt":"2030-11-07T05:31:56Z",
             "id":null,"lastInvokedAt":null,"metadata":{"pipeline":"p"},"organizationId":"org-9","runtimeSessionId":"rs-1",
             "status":"RUNNING","updatedOn":"2023-11-07T05:31:56Z","uuid":null}
            """;

        var response = await Wire.SendAsync(HttpMethod.Post, Base, "/api/orchestrator-agent-sessions", Body, fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var session = response.Object;
        Wire.AssertKeys(session, AgentKeys);
        Assert.Equal("rt-1", Wire.Text(session["agentRuntimeId"]));
        Assert.Equal("RUNNING", Wire.Text(session["status"]));
        Assert.Equal("org-9", Wire.Text(session["organizationId"]));
        Assert.Equal("p", Wire.Text(session["metadata"]!["pipeline"]));
        Assert.Equal(1, session["changeSequence"]!.GetValue<int>());
        Assert.NotEqual("2023-11-07T05:31:56Z", Wire.Text(session["createdOn"]));
        Assert.Null(session["lastInvokedAt"]);
    }

    [Fact]
    public async Task GetListPutDelete_FollowTheGenericConvention()
    {
        var created = (await Wire.SendAsync(HttpMethod.Post, Base, "/api/orchestrator-agent-sessions", """{"agentRuntimeId":"rt-2"}""", fixture.KodexaKey)).Object;
        var id = Wire.Text(created["id"]);
        Wire.AssertKeys(created, AgentKeys);
        Assert.Equal("ACTIVE", Wire.Text(created["status"]));

        var read = await Wire.GetAsync(Base, "/api/orchestrator-agent-sessions/" + id, fixture.KodexaKey);
        Assert.True(JsonNode.DeepEquals(created, read.Json));

        var page = (await Wire.GetAsync(Base, "/api/orchestrator-agent-sessions?pageSize=1000&sort=createdOn,desc", fixture.KodexaKey)).Object;
        Assert.Equal(id, Wire.Text(page["content"]![0]!["id"]));
        Assert.True(page["last"]!.GetValue<bool>());

        created["status"] = "COMPLETED";
        var updated = await Wire.SendAsync(HttpMethod.Put, Base, "/api/orchestrator-agent-sessions/" + id, created.ToJsonString(), fixture.KodexaKey);
        Assert.Equal("COMPLETED", Wire.Text(updated.Object["status"]));
        Assert.Equal(2, updated.Object["changeSequence"]!.GetValue<int>());

        var stale = await Wire.SendAsync(HttpMethod.Put, Base, "/api/orchestrator-agent-sessions/" + id, created.ToJsonString(), fixture.KodexaKey);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);

        Assert.Equal(HttpStatusCode.OK, (await Wire.SendAsync(HttpMethod.Delete, Base, "/api/orchestrator-agent-sessions/" + id, null, fixture.KodexaKey)).Status);
        var gone = await Wire.GetAsync(Base, "/api/orchestrator-agent-sessions/" + id, fixture.KodexaKey);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal($"OrchestratorAgentSession with id {id} not found", Wire.Text(gone.Object["message"]));
    }

    [Fact]
    public async Task DocumentedExample_IsSeeded()
    {
        var example = (await Wire.GetAsync(Base, "/api/orchestrator-agent-sessions/" + SandboxExampleIds.KodexaAgentSession, fixture.KodexaKey)).Object;

        Wire.AssertKeys(example, AgentKeys);
        Assert.Equal(123, example["changeSequence"]!.GetValue<int>());
        Assert.Equal("2023-11-07T05:31:56Z", Wire.Text(example["expiresAt"]));
    }

    [Fact]
    public async Task Metadata_ThatIsNotAnObject_Is400()
    {
        var response = await Wire.SendAsync(HttpMethod.Post, Base, "/api/orchestrator-agent-sessions", """{"metadata":[1]}""", fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotNull(response.Object["errors"]!["metadata"]);
    }
}
