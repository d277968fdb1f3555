using SessionSdk.Sandbox.Tests.Infrastructure;

namespace SessionSdk.Sandbox.Tests.Raydocs;

/// <summary>Raydocs <c>/extractions/…</c> against VENDOR-APIS.md §3 and the "Get Extraction Session" page.</summary>
public sealed class RaydocsWireTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    // The page's worked example, verbatim.
    private const string WorkedExample = """
        {
        "id": "770e8400-e29b-41d4-a716-446655440000",
        "name": "Q1 2024 Invoices",
        "extraction_template_id": "550e8400-e29b-41d4-a716-446655440000",
        "settings": {},
        "created_at": "2024-01-15T10:30:00Z",
        "updated_at": "2024-01-15T10:30:00Z",
        "documents": [
        {
        "id": "880e8400-e29b-41d4-a716-446655440000",
        "filename": "invoice_001.pdf",
        "status": "ready",
        "meta": {
        "page_count": 2
        }
        }
        ],
        "results": [
        {
        "id": "990e8400-e29b-41d4-a716-446655440000",
        "status": "completed",
        "title": "Invoice #12345"
        }
        ]
        }
        """;

    private static readonly string[] SessionKeys = ["id", "name", "extraction_template_id", "settings", "status", "created_at", "updated_at", "documents", "results"];
    private static readonly string[] DocumentKeys = ["id", "workspace_id", "filename", "mime", "size", "sha256", "status", "source_type", "source_url", "parsings", "created_at"];

    private Uri Base => fixture.Sandbox.RaydocsBaseAddress;

    [Fact]
    public async Task GetSession_WorkedExample_IsExactlyTheDocumentedBody()
    {
        var response = await Wire.GetAsync(Base, "/extractions/sessions/" + SandboxExampleIds.RaydocsSession, fixture.RaydocsAuth);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(WorkedExample), response.Json), response.Body);
    }

    [Fact]
    public async Task GetSession_SchemaExample_HasTheNewerDocumentAndResultShapes()
    {
        var session = (await Wire.GetAsync(Base, "/extractions/sessions/" + SandboxExampleIds.RaydocsSchemaSession, fixture.RaydocsAuth)).Object;

        Wire.AssertKeys(session, SessionKeys);
        Wire.AssertKeys(session["documents"]![0], DocumentKeys);
        Wire.AssertKeys(session["documents"]![0]!["parsings"]![0], "id", "config_hash", "status", "parser_version", "updated_at");
        Wire.AssertKeys(session["results"]![0], "id", "extraction_session_id", "status", "config_hash", "document_refs", "data", "audit_data", "created_at", "updated_at");
        Wire.AssertKeys(session["results"]![0]!["document_refs"]![0], "kind", "documentId", "workspaceId", "filename", "mime", "size", "sha256", "source", "createdAt");
        Assert.Equal(123, session["documents"]![0]!["workspace_id"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer rd_live_wrong")]
    [InlineData("Basic cmQ6eA==")]
    public async Task MissingOrWrongToken_Is401Unauthenticated(string? authorization)
    {
        var headers = authorization is null ? Array.Empty<(string, string)>() : [("Authorization", authorization)];

        var response = await Wire.GetAsync(Base, "/extractions/sessions/" + SandboxExampleIds.RaydocsSession, headers);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"message":"Unauthenticated."}"""), response.Json));
    }

    [Fact]
    public async Task Create_Is201WithEmptyDocumentsAndResults_ThenGetAndDelete()
    {
        var created = await Wire.SendAsync(HttpMethod.Post, Base, "/extractions/sessions", $$"""{"extraction_template_id":"{{SandboxExampleIds.RaydocsTemplate}}","name":"Q3"}""", fixture.RaydocsAuth);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        var session = created.Object;
        Wire.AssertKeys(session, SessionKeys);
        Assert.Equal("Q3", Wire.Text(session["name"]));
        Assert.Equal("pending", Wire.Text(session["status"]));
        Assert.Empty(session["documents"]!.AsArray());
        Assert.Empty(session["results"]!.AsArray());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", Wire.Text(session["created_at"]));
        var id = Wire.Text(session["id"]);

        Assert.True(JsonNode.DeepEquals(session, (await Wire.GetAsync(Base, "/extractions/sessions/" + id, fixture.RaydocsAuth)).Json));
        var deleted = await Wire.SendAsync(HttpMethod.Delete, Base, "/extractions/sessions/" + id, null, fixture.RaydocsAuth);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(string.Empty, deleted.Body);
        var gone = await Wire.GetAsync(Base, "/extractions/sessions/" + id, fixture.RaydocsAuth);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Wire.AssertKeys(gone.Json, "message");
        Assert.Equal(HttpStatusCode.NotFound, (await Wire.SendAsync(HttpMethod.Delete, Base, "/extractions/sessions/" + id, null, fixture.RaydocsAuth)).Status);
    }

    [Theory]
    [InlineData("{}", "The extraction template id field is required.")]
    [InlineData("", "The extraction template id field is required.")]
    [InlineData("""{"extraction_template_id":"not-a-uuid"}""", "The extraction template id field must be a valid UUID.")]
    public async Task Create_WithoutAValidTemplateId_Is422LaravelValidation(string body, string message)
    {
        var response = await Wire.SendAsync(HttpMethod.Post, Base, "/extractions/sessions", body, fixture.RaydocsAuth);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Wire.AssertKeys(response.Json, "message", "errors");
        Assert.Equal(message, Wire.Text(response.Object["message"]));
        Assert.Equal(message, Wire.Text(response.Object["errors"]!["extraction_template_id"]![0]));
    }

    [Fact]
    public async Task Create_WithTwoProblems_SaysHowManyMore()
    {
        var response = await Wire.SendAsync(HttpMethod.Post, Base, "/extractions/sessions", """{"name":5}""", fixture.RaydocsAuth);

        Assert.Equal("The extraction template id field is required. (and 1 more error)", Wire.Text(response.Object["message"]));
        Wire.AssertKeys(response.Object["errors"], "extraction_template_id", "name");
    }

    [Fact]
    public async Task Documents_UploadListDedupAndDetach()
    {
        var id = await CreateAsync();
        var path = $"/extractions/sessions/{id}/documents";

        var upload = await Wire.SendAsync(HttpMethod.Post, Base, path + "/upload", """{"keys":["tmp/a.pdf","tmp/b.pdf"]}""", fixture.RaydocsAuth);
        var again = await Wire.SendAsync(HttpMethod.Post, Base, path + "/upload", """{"keys":["tmp/a.pdf"]}""", fixture.RaydocsAuth);
        var list = await Wire.GetAsync(Base, path, fixture.RaydocsAuth);

        Assert.Equal(HttpStatusCode.OK, upload.Status);
        Wire.AssertKeys(upload.Json, "data");
        Wire.AssertKeys(upload.Object["data"]![0], DocumentKeys);
        Assert.Equal("a.pdf", Wire.Text(upload.Object["data"]![0]!["filename"]));
        Assert.Equal("application/pdf", Wire.Text(upload.Object["data"]![0]!["mime"]));
        Assert.Equal(Wire.Text(upload.Object["data"]![0]!["id"]), Wire.Text(again.Object["data"]![0]!["id"]));
        Wire.AssertKeys(list.Json, "data", "meta");
        Wire.AssertKeys(list.Object["meta"], "current_page", "last_page", "per_page", "total");
        Assert.Equal(2, list.Object["meta"]!["total"]!.GetValue<int>());

        var documentId = Wire.Text(list.Object["data"]![0]!["id"]);
        Assert.Equal(HttpStatusCode.NoContent, (await Wire.SendAsync(HttpMethod.Delete, Base, $"{path}/{documentId}", null, fixture.RaydocsAuth)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Wire.SendAsync(HttpMethod.Delete, Base, $"{path}/{documentId}", null, fixture.RaydocsAuth)).Status);
        var after = (await Wire.GetAsync(Base, path, fixture.RaydocsAuth)).Object;
        Assert.Equal(1, after["meta"]!["total"]!.GetValue<int>());
        Assert.Single((await Wire.GetAsync(Base, "/extractions/sessions/" + id, fixture.RaydocsAuth)).Object["documents"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"keys":[]}""", "keys")]
    [InlineData("""{"keys":["s3://elsewhere/a.pdf"]}""", "keys.0")]
    [InlineData("""{}""", "keys")]
    public async Task Upload_BadKeys_Is422(string body, string field)
    {
        var response = await Wire.SendAsync(HttpMethod.Post, Base, $"/extractions/sessions/{await CreateAsync()}/documents/upload", body, fixture.RaydocsAuth);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.NotNull(response.Object["errors"]![field]);
    }

    [Fact]
    public async Task Results_ListAndGet()
    {
        var list = await Wire.GetAsync(Base, $"/extractions/sessions/{SandboxExampleIds.RaydocsSchemaSession}/results", fixture.RaydocsAuth);
        var resultId = Wire.Text(list.Object["data"]![0]!["id"]);
        var result = await Wire.GetAsync(Base, "/extractions/results/" + resultId, fixture.RaydocsAuth);
        var missing = await Wire.GetAsync(Base, "/extractions/results/" + Guid.NewGuid(), fixture.RaydocsAuth);

        Wire.AssertKeys(list.Json, "data");
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.NotNull(result.Object["data"]);
        Assert.NotNull(result.Object["audit_data"]);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Wire.AssertKeys(missing.Json, "message");
    }

    [Fact]
    public async Task ListingAndUpdatingSessions_AreNotOffered()
    {
        var list = await Wire.GetAsync(Base, "/extractions/sessions", fixture.RaydocsAuth);
        var put = await Wire.SendAsync(HttpMethod.Put, Base, "/extractions/sessions/" + SandboxExampleIds.RaydocsSession, "{}", fixture.RaydocsAuth);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, list.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.Status);
        Wire.AssertKeys(put.Json, "message");
    }

    [Fact]
    public async Task NonUuidSessionId_Is404()
    {
        var response = await Wire.GetAsync(Base, "/extractions/sessions/not-a-uuid", fixture.RaydocsAuth);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Wire.AssertKeys(response.Json, "message");
    }

    private async Task<string> CreateAsync() =>
        Wire.Text((await Wire.SendAsync(HttpMethod.Post, Base, "/extractions/sessions", $$"""{"extraction_template_id":"{{SandboxExampleIds.RaydocsTemplate}}"}""", fixture.RaydocsAuth)).Object["id"]);
}
