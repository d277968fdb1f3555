using SessionSdk.Sandbox.Tests.Infrastructure;

namespace SessionSdk.Sandbox.Tests.Workflows;

/// <summary>
/// The workflow routes on the wire, with a plain HttpClient: the shapes the SDK's workflows read. The fixture's clock is
/// frozen, so asynchronous work finishes at once.
/// </summary>
public sealed class WorkflowWireTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Raydocs_SignedStorageUrl_IsVaporsShape_AndRunExtractionIs201Result_Or422WithoutDocuments()
    {
        var raydocs = fixture.Sandbox.RaydocsBaseAddress;
        var signed = await Wire.SendAsync(HttpMethod.Post, raydocs, "/vapor/signed-storage-url", """{"content_type":"image/png","visibility":"private"}""", fixture.RaydocsAuth);
        var session = await Wire.SendAsync(HttpMethod.Post, raydocs, "/extractions/sessions", $$"""{"extraction_template_id":"{{SandboxExampleIds.RaydocsTemplate}}"}""", fixture.RaydocsAuth);
        var id = Wire.Text(session.Object["id"]);
        var empty = await Wire.SendAsync(HttpMethod.Post, raydocs, $"/extractions/sessions/{id}/results", null, fixture.RaydocsAuth);
        await Wire.SendAsync(HttpMethod.Post, raydocs, $"/extractions/sessions/{id}/documents/upload", """{"keys":["tmp/wire.pdf"]}""", fixture.RaydocsAuth);
        var run = await Wire.SendAsync(HttpMethod.Post, raydocs, $"/extractions/sessions/{id}/results", null, fixture.RaydocsAuth);

        Assert.Equal(HttpStatusCode.Created, signed.Status);
        Wire.AssertKeys(signed.Json, "uuid", "bucket", "key", "url", "headers");
        Assert.StartsWith("tmp/", Wire.Text(signed.Object["key"]), StringComparison.Ordinal);
        Assert.Equal("image/png", Wire.Text(signed.Object["headers"]!["Content-Type"]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Wire.AssertKeys(empty.Json, "message", "errors");
        Wire.AssertKeys(empty.Object["errors"], "documents");
        Assert.Equal(HttpStatusCode.Created, run.Status);
        Wire.AssertKeys(run.Json, "id", "extraction_session_id", "status", "config_hash", "document_refs", "data", "audit_data", "created_at", "updated_at", "completed_at");
        Assert.Equal("completed", Wire.Text(run.Object["status"]));
        Assert.Equal("wire.pdf", Wire.Text(run.Object["document_refs"]![0]!["filename"]));
    }

    [Fact]
    public async Task Kodexa_Execute_NeedsAMultipartDocumentOnAnOpenSession_AndIsReadBackWithItsLog()
    {
        var kodexa = fixture.Sandbox.KodexaBaseAddress;
        var created = await Wire.SendAsync(HttpMethod.Post, kodexa, "/api/sessions", """{"state":"OPEN"}""", fixture.KodexaKey);
        var id = Wire.Text(created.Object["id"]);
        var notMultipart = await Wire.SendAsync(HttpMethod.Post, kodexa, $"/api/sessions/{id}/execute", "{}", fixture.KodexaKey);
        var missing = await Wire.SendAsync(HttpMethod.Get, kodexa, $"/api/sessions/{id}/executions/nope", null, fixture.KodexaKey);

        using var http = new HttpClient();
        using var form = new MultipartFormDataContent { { new StringContent("{}"), "options" }, { new ByteArrayContent([1, 2]), "document", "doc.kddb" } };
        http.DefaultRequestHeaders.Add("x-api-key", fixture.Sandbox.KodexaApiKey);
        using var executed = await http.PostAsync(new Uri(kodexa, $"/api/sessions/{id}/execute"), form);
        var execution = JsonNode.Parse(await executed.Content.ReadAsStringAsync())!.AsObject();
        var executionId = Wire.Text(execution["id"]);
        var logs = await Wire.GetAsync(kodexa, $"/api/sessions/{id}/executions/{executionId}/logs", fixture.KodexaKey);
        var page = await Wire.GetAsync(kodexa, $"/api/sessions/{id}/executions", fixture.KodexaKey);

        Assert.Equal(HttpStatusCode.BadRequest, notMultipart.Status);
        Wire.AssertKeys(notMultipart.Json, "dateTime", "message", "incidentId", "contextPath");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.OK, executed.StatusCode);
        Assert.Equal("SUCCEEDED", Wire.Text(execution["status"]));
        Assert.Equal(3, logs.Json!.AsArray().Count);
        Wire.AssertKeys(logs.Json!.AsArray()[0], "id", "logDate", "entry");
        Assert.Equal(executionId, Wire.Text(page.Object["content"]![0]!["id"]));
    }

    [Fact]
    public async Task MobileNext_AReleasedDeviceGivesWayToTheNextUnreleasedOne()
    {
        var mobile = fixture.Sandbox.MobileNextBaseAddress;
        var id = Wire.Text((await Wire.SendAsync(HttpMethod.Post, mobile, "/api/v1/sessions", null, fixture.MobileNextAuth)).Object["id"]);
        await Wire.SendAsync(HttpMethod.Post, mobile, $"/api/v1/sessions/{id}/devices", """{"filters":[{"attribute":"platform","operator":"EQUALS","value":"ios"}]}""", fixture.MobileNextAuth);
        await Wire.SendAsync(HttpMethod.Post, mobile, $"/api/v1/sessions/{id}/devices", """{"filters":[{"attribute":"platform","operator":"EQUALS","value":"android"}]}""", fixture.MobileNextAuth);

        var android = (await Wire.GetAsync(mobile, "/api/v1/sessions/" + id, fixture.MobileNextAuth)).Object["device"]!;
        await Wire.SendAsync(HttpMethod.Post, mobile, $"/api/v1/sessions/{id}/devices/{Wire.Text(android["id"])}/release", null, fixture.MobileNextAuth);
        var after = (await Wire.GetAsync(mobile, "/api/v1/sessions/" + id, fixture.MobileNextAuth)).Object;

        Assert.Equal("android", Wire.Text(android["platform"]));
        Assert.Equal("ios", Wire.Text(after["device"]!["platform"]));
        Assert.Null(after["releasedAt"]);
    }
}
