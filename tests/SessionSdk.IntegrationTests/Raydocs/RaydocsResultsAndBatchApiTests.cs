using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.Raydocs;
using static SessionSdk.IntegrationTests.Raydocs.RaydocsWire;

namespace SessionSdk.IntegrationTests.Raydocs;

public sealed class RaydocsResultsAndBatchApiTests
{
    private const string Batch = $"/extractions/templates/{TemplateId}/sessions/batch";

    [Fact]
    public async Task ListResults_ReadsTheDataEnvelope()
    {
        using var host = Start();
        host.Respond("GET", $"/extractions/sessions/{SessionId}/results", 200, """
            {"data":[{"id":"r-1","status":"created","config_hash":"cfg_a","document_refs":[{"kind":"documentRef","documentId":"d-1","workspaceId":123,"createdAt":"2024-01-15T10:31:00Z"}],"data":{},"audit_data":{}},
                     {"id":"r-2","status":"completed","title":"Invoice #12345","data":{"total":10},"audit_data":{"total":{"reasoning":"r","sources":[]}},"completed_at":"2024-01-15T10:43:00Z"}]}
            """);

        var list = await host.Api<IRaydocsResultsApi>().ListResultsAsync(SessionId);

        host.AssertSingleRequest("GET", $"/extractions/sessions/{SessionId}/results");
        Assert.False(list.IsBareArray);
        Assert.Equal(["created", "completed"], list.Data.Select(r => r.Status));
        Assert.Equal("123", list.Data[0].DocumentRefs![0].WorkspaceId);
        Assert.Equal("d-1", list.Data[0].DocumentRefs![0].DocumentId);
    }

    [Fact]
    public async Task ListResults_ReadsABareArray()
    {
        using var host = Start();
        host.Respond("GET", $"/extractions/sessions/{SessionId}/results", 200, """
            [{"id":"r-10","status":"pending","data":{},"reasoning":{}},{"id":"r-11","status":"failed","data":{},"reasoning":{"x":"y"}}]
            """);

        var list = await host.Api<IRaydocsResultsApi>().ListResultsAsync(SessionId);

        Assert.True(list.IsBareArray);
        Assert.Equal(["pending", "failed"], list.Data.Select(r => r.Status));
        Assert.Equal("y", RaydocsSessionMapper.ToResult(list.Data[1]).AuditData!.Value.GetProperty("x").GetString());
    }

    [Fact]
    public async Task GetResult_ReadsDataAndAuditData()
    {
        using var host = Start();
        host.Respond("GET", "/extractions/results/r-2", 200, """
            {"id":"r-2","extraction_session_id":"770e8400-e29b-41d4-a716-446655440000","status":"completed","data":{"invoice_number":"12345"},
             "audit_data":{"invoice_number":{"reasoning":"Header.","sources":[{"chunk_id":"c_1","text":"Invoice #12345","page":1}]}}}
            """);

        var result = await host.Api<IRaydocsResultsApi>().GetResultAsync("r-2");

        host.AssertSingleRequest("GET", "/extractions/results/r-2");
        Assert.Equal("12345", result.Data!.Value.GetProperty("invoice_number").GetString());
        Assert.Equal(1, result.AuditData!.Value.GetProperty("invoice_number").GetProperty("sources")[0].GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task RunExtraction_PostsWithoutBodyAndReadsTheDeferredResult()
    {
        using var host = Start();
        host.Respond("POST", $"/extractions/sessions/{SessionId}/results", 201, """{"id":"r-20","status":"parsing_pending","config_hash":"cfg_9eeae65063f17f55","document_refs":[],"data":{},"audit_data":{}}""");

        var result = await host.Api<IRaydocsResultsApi>().RunExtractionAsync(SessionId);

        host.AssertSingleRequest("POST", $"/extractions/sessions/{SessionId}/results");
        Assert.Equal("parsing_pending", result.Status);
    }

    [Fact]
    public async Task CreateBatch_SendsFilesAndSettingsAndReadsPendingSessions()
    {
        using var host = Start();
        host.Respond("POST", Batch, 201, """[{"id":"c1","name":"Pending...","created_at":"2024-01-15T11:00:00Z"},{"id":"c2","name":"Pending...","created_at":"2024-01-15T11:00:00Z"}]""");

        var sessions = await host.Api<IRaydocsBatchApi>().CreateBatchAsync(
            TemplateId,
            new RaydocsBatchCreateRequest { Files = ["tmp/a", "tmp/b"], Settings = new RaydocsBatchSettings { AutoExtract = true } });

        host.AssertSingleRequest("POST", Batch, """{"files":["tmp/a","tmp/b"],"settings":{"auto_extract":true}}""");
        Assert.Equal(["c1", "c2"], sessions.Select(s => s.Id));
        var mapped = RaydocsSessionMapper.ToSession(sessions[0], "raydocs");
        Assert.Equal("Pending...", mapped.Name);
        Assert.Equal(SessionStatus.Unknown, mapped.Status);
    }

    [Fact]
    public async Task ExecuteBatch_SendsSessionIdsAndReadsQueuedCount()
    {
        using var host = Start();
        host.Respond("POST", Batch + "/execute", 200, """{"message":"Extractions queued","queued_count":2}""");

        var response = await host.Api<IRaydocsBatchApi>().ExecuteBatchAsync(TemplateId, new RaydocsBatchSessionsRequest { SessionIds = ["c1", "c2"] });

        host.AssertSingleRequest("POST", Batch + "/execute", """{"session_ids":["c1","c2"]}""");
        Assert.Equal(2, response.QueuedCount);
        Assert.Equal("Extractions queued", response.Message);
    }

    [Fact]
    public async Task DeleteBatch_PostsToTheDeletePathFromThePageHeader()
    {
        using var host = Start();
        host.Respond("POST", Batch + "/delete", 204);

        await host.Api<IRaydocsBatchApi>().DeleteBatchAsync(TemplateId, new RaydocsBatchSessionsRequest { SessionIds = ["c1"] });

        host.AssertSingleRequest("POST", Batch + "/delete", """{"session_ids":["c1"]}""");
    }

    [Fact]
    public async Task ExportBatch_Json_SendsFormatInTheBody()
    {
        using var host = Start();
        host.Respond("POST", Batch + "/export", 200, """[{"session_id":"c1","session_name":"Invoice 1","data":{"total":10}}]""");

        var items = await host.Api<IRaydocsBatchApi>().ExportBatchAsync(TemplateId, new RaydocsBatchExportRequest { SessionIds = ["c1"], Format = "json" });

        host.AssertSingleRequest("POST", Batch + "/export", """{"session_ids":["c1"],"format":"json"}""");
        var item = Assert.Single(items);
        Assert.Equal("Invoice 1", item.SessionName);
        Assert.Equal(10, item.Data!.Value.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ExportBatchFile_Excel_ReturnsTheFileAndAcceptsAnyType()
    {
        const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        using var host = Start();
        host.Respond("POST", Batch + "/export", 200, "PK-fake-xlsx", Xlsx);

        using var response = await host.Api<IRaydocsBatchApi>().ExportBatchFileAsync(TemplateId, new RaydocsBatchExportRequest { SessionIds = ["c1"], Format = "excel" });

        var entry = host.AssertSingleRequest("POST", Batch + "/export", """{"session_ids":["c1"],"format":"excel"}""");
        Assert.Equal("*/*", entry.Header("Accept"));
        Assert.Equal(Xlsx, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK-fake-xlsx", await response.Content.ReadAsStringAsync());
    }
}
