using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StreamPart = Refit.StreamPart;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.Kodexa;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SessionSdk.IntegrationTests.Kodexa;

public sealed class KodexaExecutionsApiTests : IDisposable
{
    private const string ApiKey = "kdx-test-key-0001";
    private readonly SessionTestHost _host = SessionTestHost.Start((b, uri) => b.AddKodexa(o => { o.ApiKey = ApiKey; o.BaseAddress = uri; }));

    public void Dispose() => _host.Dispose();

    private IKodexaSessionExecutionsApi Api => _host.Services.GetRequiredKeyedService<IKodexaSessionExecutionsApi>("kodexa");


    private ILogEntry SingleRequest(string method, string path)
    {
        var request = RecordedRequests.Single(_host.Server);
        Assert.Equal(method, request.RequestMessage!.Method);
        Assert.Equal(path, request.RequestMessage!.Path);
        Assert.Equal(ApiKey, request.Header("x-api-key"));
        Assert.Equal("application/json", request.Header("Accept"));
        return request;
    }

    [Fact]
    public async Task Execute_SendsEveryFormPartAndFile_WithTheDocumentVersionQuery()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/execute").UsingPost(), 200, KodexaExecutionJson.Execution("e-1"));
        using var source = new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.7 fake"));
        using var kddb = new MemoryStream(Encoding.UTF8.GetBytes("kddb-bytes"));

        var execution = await Api.ExecuteAsync(
            "sess-1",
            options: """{"ocr":true}""",
            documentMetadataJson: """{"source":"upload"}""",
            context: """{"invoice":"INV-1"}""",
            files: [new StreamPart(source, "invoice.pdf", "application/pdf", "file"), new StreamPart(kddb, "invoice.kddb", "application/octet-stream", "file_document")],
            documentVersion: "4.0.0",
            pipeline: "acme-corp/invoice-pipeline");

        var request = SingleRequest("POST", "/api/sessions/sess-1/execute");
        Assert.Equal("4.0.0", request.Query("documentVersion"));
        Assert.Equal("acme-corp/invoice-pipeline", request.Query("pipeline"));
        Assert.Null(request.Query("service"));
        Assert.StartsWith("multipart/form-data", request.Header("Content-Type"), StringComparison.Ordinal);
        var parts = KodexaMultipart.Parts(request).ToDictionary(p => p.Name);
        Assert.Equal(["options", "document_metadata_json", "context", "file", "file_document"], parts.Keys);
        Assert.Equal("""{"ocr":true}""", parts["options"].Body);
        Assert.Equal("""{"source":"upload"}""", parts["document_metadata_json"].Body);
        Assert.Equal("""{"invoice":"INV-1"}""", parts["context"].Body);
        Assert.Null(parts["options"].FileName);
        Assert.Equal(("invoice.pdf", "application/pdf", "%PDF-1.7 fake"), (parts["file"].FileName, parts["file"].ContentType, parts["file"].Body));
        Assert.Equal(("invoice.kddb", "kddb-bytes"), (parts["file_document"].FileName, parts["file_document"].Body));
        Assert.Equal("e-1", execution.Id);
        Assert.Equal(KodexaExecutionStatuses.Pending, execution.Status);
    }

    [Fact]
    public async Task Execute_UnnamedFile_IsSentAsDocument_AndNullPartsAreLeftOut()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/execute").UsingPost(), 200, KodexaExecutionJson.Execution("e-2"));
        using var kddb = new MemoryStream(Encoding.UTF8.GetBytes("kddb-bytes"));

        await Api.ExecuteAsync("sess-1", "{}", null, null, [new StreamPart(kddb, "doc.kddb", "application/octet-stream")]);

        var request = SingleRequest("POST", "/api/sessions/sess-1/execute");
        Assert.Null(request.Query("documentVersion"));
        var parts = KodexaMultipart.Parts(request);
        Assert.Equal(["options", "document"], parts.Select(p => p.Name));
        Assert.Equal(("doc.kddb", "kddb-bytes"), (parts[1].FileName, parts[1].Body));
    }

    [Fact]
    public async Task ListExecutions_SendsPagingQuery_AndReadsTheSpringPage()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/executions").UsingGet(), 200,
            KodexaJson.Page(2, last: true, totalPages: 2, KodexaExecutionJson.Execution("e-3", "SUCCEEDED"), KodexaExecutionJson.Execution("e-4", "RUNNING")));

        var page = await Api.ListExecutionsAsync("sess-1", page: 2, pageSize: 2, sort: ["createdOn,desc", "id,asc"], filter: "status==RUNNING", query: "invoice run");

        var request = SingleRequest("GET", "/api/sessions/sess-1/executions");
        Assert.Equal("2", request.Query("page"));
        Assert.Equal("2", request.Query("pageSize"));
        Assert.Equal(["createdOn,desc", "id,asc"], request.QueryAll("sort"));
        Assert.Equal("status==RUNNING", request.Query("filter"));
        Assert.Equal("invoice run", request.Query("query"));
        Assert.True(page.Last);
        Assert.Equal(6, page.TotalElements);
        Assert.Equal(["e-3", "e-4"], page.Content!.Select(e => e.Id));
        Assert.Equal([KodexaExecutionStatuses.Succeeded, KodexaExecutionStatuses.Running], page.Content!.Select(e => e.Status));
    }

    [Fact]
    public async Task ListExecutions_WithoutParameters_SendsNoQuery()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/executions").UsingGet(), 200, """{"content":[],"last":true,"empty":true}""");

        var page = await Api.ListExecutionsAsync("sess-1");

        var request = SingleRequest("GET", "/api/sessions/sess-1/executions");
        Assert.Empty(request.RequestMessage!.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>());
        Assert.True(page.Empty);
    }

    [Fact]
    public async Task GetExecution_MapsTheExecution_KeepingUnknownFields()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/executions/e-5").UsingGet(), 200, KodexaExecutionJson.Execution("e-5", "FAILED"));

        var execution = await Api.GetExecutionAsync("sess-1", "e-5");

        SingleRequest("GET", "/api/sessions/sess-1/executions/e-5");
        Assert.Equal("e-5", execution.Id);
        Assert.Equal(KodexaExecutionStatuses.Failed, execution.Status);
        Assert.Equal(new DateTimeOffset(2022, 9, 1, 10, 0, 0, TimeSpan.Zero), execution.CreatedOn);
        Assert.Equal(1200, execution.ProcessingTime);
        Assert.Equal(1, execution.StatusDetails!.Progress);
        Assert.Equal("sess-1", execution.Session!.Id);
        Assert.Equal(42, Assert.Single(execution.ContentObjects!).Size);
        Assert.Equal("INV-1", execution.Context!.Value.GetProperty("invoice").GetString());
        Assert.True(execution.AdditionalProperties!["vendorExtra"].GetProperty("keep").GetBoolean());
        Assert.DoesNotContain("session-token", execution.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetExecutionLogs_ReadsEveryEntry()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/executions/e-6/logs").UsingGet(), 200, KodexaExecutionJson.Logs);

        var logs = await Api.GetExecutionLogsAsync("sess-1", "e-6");

        SingleRequest("GET", "/api/sessions/sess-1/executions/e-6/logs");
        Assert.Equal(["Parsing PDF", "Parsed 2 pages"], logs.Select(l => l.Entry));
        Assert.Equal(new DateTimeOffset(2022, 9, 1, 10, 0, 2, TimeSpan.Zero), logs[0].LogDate);
        Assert.Equal("INFO", logs[1].AdditionalProperties!["level"].GetString());
    }

    [Fact]
    public async Task AddExecutionLogs_PostsAJsonArrayOfEntries_AndReadsTheExecution()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/executions/e-7/logs").UsingPost(), 200, KodexaExecutionJson.Execution("e-7", "RUNNING"));

        var execution = await Api.AddExecutionLogsAsync("sess-1", "e-7", [new() { Entry = "step 2 started" }, new() { Entry = "step 2 done", LogDate = new DateTimeOffset(2022, 9, 1, 10, 1, 0, TimeSpan.Zero) }]);

        var request = SingleRequest("POST", "/api/sessions/sess-1/executions/e-7/logs");
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        var body = JsonNode.Parse(request.RequestMessage!.Body!)!.AsArray();
        Assert.Equal(2, body.Count);
        Assert.Equal("""{"entry":"step 2 started"}""", body[0]!.ToJsonString());
        Assert.Equal("step 2 done", body[1]!["entry"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2022, 9, 1, 10, 1, 0, TimeSpan.Zero), body[1]!["logDate"]!.GetValue<DateTimeOffset>());
        Assert.Equal("e-7", execution.Id);
    }

    [Fact]
    public async Task UploadContentObject_SendsContentObjectJsonAndContentParts()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/executions/e-8/objects").UsingPost(), 200, KodexaExecutionJson.ContentObject);
        var contentObject = new KodexaContentObject { ContentType = "DOCUMENT", DocumentVersion = "4.0.0", Index = 1 };
        var contentObjectJson = JsonSerializer.Serialize(contentObject, KodexaJsonContext.Default.KodexaContentObject);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("kddb-out"));

        var stored = await Api.UploadContentObjectAsync("sess-1", "e-8", contentObjectJson, new StreamPart(content, "output.kddb", "application/octet-stream"));

        var request = SingleRequest("POST", "/api/sessions/sess-1/executions/e-8/objects");
        Assert.Null(request.Query("contentObjectJson"));
        var parts = KodexaMultipart.Parts(request).ToDictionary(p => p.Name);
        Assert.Equal(["contentObjectJson", "content"], parts.Keys);
        Assert.Equal("""{"contentType":"DOCUMENT","documentVersion":"4.0.0","index":1}""", parts["contentObjectJson"].Body);
        Assert.Equal(("output.kddb", "application/octet-stream", "kddb-out"), (parts["content"].FileName, parts["content"].ContentType, parts["content"].Body));
        Assert.Equal("co-out", stored.Id);
        Assert.Equal(5, stored.Size);
        Assert.Equal(["spatial"], stored.Mixins!);
        Assert.Equal("Invoice", stored.Labels!.Value[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task UpdateExecutionStatus_PutsTheStatusDetails()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/executions/e-9/status").UsingPut(), 200, KodexaExecutionJson.Execution("e-9", "RUNNING"));

        var execution = await Api.UpdateExecutionStatusAsync("sess-1", "e-9", new KodexaStatusDetails { Status = KodexaExecutionStatuses.Running, Message = "step 1 of 2", Progress = 1, ProgressMax = 2 });

        var request = SingleRequest("PUT", "/api/sessions/sess-1/executions/e-9/status");
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"status":"RUNNING","message":"step 1 of 2","progressMax":2,"progress":1}"""),
            JsonNode.Parse(request.RequestMessage!.Body!)));
        Assert.Equal(KodexaExecutionStatuses.Running, execution.Status);
    }

    [Fact]
    public async Task ProcessEvent_PostsTheEvent_AndReadsTheExecution()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/events").UsingPost(), 200, KodexaExecutionJson.Execution("e-10", "REQUESTED"));
        var executionEvent = new KodexaExecutionEvent
        {
            Type = "START_EXECUTION",
            SessionId = "sess-1",
            Token = "session-token-sess-1",
            InputId = "co-in",
            Execution = new KodexaExecution { Id = "e-10" },
            Payload = JsonDocument.Parse("""{"reason":"new document"}""").RootElement,
        };

        var execution = await Api.ProcessEventAsync("sess-1", executionEvent);

        var request = SingleRequest("POST", "/api/sessions/sess-1/events");
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"type":"START_EXECUTION","execution":{"id":"e-10"},"sessionId":"sess-1","token":"session-token-sess-1","payload":{"reason":"new document"},"inputId":"co-in"}"""),
            JsonNode.Parse(request.RequestMessage!.Body!)));
        Assert.Equal(KodexaExecutionStatuses.Requested, execution.Status);
    }

    [Fact]
    public async Task GetExecution_404_ThrowsNotFoundWithVendorMessage()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/executions/missing-e").UsingGet(), 404, KodexaExecutionJson.ExecutionNotFound);

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() => Api.GetExecutionAsync("sess-1", "missing-e"));

        Assert.Equal("Execution with id missing-e not found", error.VendorMessage);
        Assert.Contains("Execution with id missing-e not found", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("kodexa", error.ProviderName);
        Assert.Equal("inc-404", error.RequestId);
        Assert.DoesNotContain(ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_ResolvesKeyedUnkeyedAndThroughTheKodexaClient_OnTheSamePipeline()
    {
        _host.Respond(Request.Create().WithPath("/api/sessions/sess-1/executions/e-11").UsingGet(), 200, KodexaExecutionJson.Execution("e-11"));
        var keyed = _host.Services.GetRequiredKeyedService<IKodexaSessionExecutionsApi>("kodexa");
        var unkeyed = _host.Services.GetRequiredService<IKodexaSessionExecutionsApi>();
        var fromClient = _host.Client("kodexa").GetService<IKodexaSessionExecutionsApi>();

        Assert.NotNull(fromClient);
        foreach (var api in new[] { keyed, unkeyed, fromClient })
        {
            Assert.Equal("e-11", (await api.GetExecutionAsync("sess-1", "e-11")).Id);
        }

        var requests = RecordedRequests.All(_host.Server);
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal(ApiKey, r.Header("x-api-key")));
        Assert.NotNull(_host.Client("kodexa").GetService<IKodexaSessionsApi>());
    }

    [Fact]
    public async Task SecondRegistration_IsKeyedByItsName_AndTheUnkeyedApiStaysTheFirst()
    {
        using var host = SessionTestHost.Start((b, uri) => b
            .AddKodexa(o => { o.ApiKey = "key-first"; o.BaseAddress = uri; })
            .AddKodexa(o => { o.ApiKey = "key-eu"; o.BaseAddress = uri; }, name: "kodexa-eu"));
        host.Server.Given(Request.Create().WithPath("/api/sessions/sess-1/executions/e-12").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(KodexaExecutionJson.Execution("e-12")));

        await host.Services.GetRequiredKeyedService<IKodexaSessionExecutionsApi>("kodexa-eu").GetExecutionAsync("sess-1", "e-12");
        await host.Client("kodexa-eu").GetService<IKodexaSessionExecutionsApi>()!.GetExecutionAsync("sess-1", "e-12");
        await host.Services.GetRequiredService<IKodexaSessionExecutionsApi>().GetExecutionAsync("sess-1", "e-12");

        Assert.Equal(["key-eu", "key-eu", "key-first"], RecordedRequests.All(host.Server).Select(r => r.Header("x-api-key")));
    }
}
