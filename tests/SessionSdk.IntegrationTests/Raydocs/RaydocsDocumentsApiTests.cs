using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.Raydocs;
using static SessionSdk.IntegrationTests.Raydocs.RaydocsWire;

namespace SessionSdk.IntegrationTests.Raydocs;

public sealed class RaydocsDocumentsApiTests
{
    private const string DocumentId = "880e8400-e29b-41d4-a716-446655440000";

    [Fact]
    public async Task ListDocuments_SendsPageAndReadsDataAndMeta()
    {
        using var host = Start();
        host.Respond("GET", $"/extractions/sessions/{SessionId}/documents", 200, """
            {"data":[{"id":"880e8400-e29b-41d4-a716-446655440000","workspace_id":"660e8400-e29b-41d4-a716-446655440000","filename":"invoice_001.pdf","mime":"application/pdf","size":102400,"status":"processed","source":{"type":"upload"},"meta":{"page_count":2,"file_size":102400}}],
             "meta":{"current_page":2,"last_page":3,"per_page":15,"total":31}}
            """);

        var page = await host.Api<IRaydocsDocumentsApi>().ListDocumentsAsync(SessionId, page: 2);

        var entry = host.AssertSingleRequest("GET", $"/extractions/sessions/{SessionId}/documents");
        Assert.Equal("2", entry.Query("page"));
        Assert.Equal(2, page.Meta!.CurrentPage);
        Assert.Equal(31, page.Meta.Total);
        var document = Assert.Single(page.Data!);
        Assert.Equal("660e8400-e29b-41d4-a716-446655440000", document.WorkspaceId);
        Assert.Equal("upload", document.Source!.Type);
    }

    [Fact]
    public async Task ListDocuments_WithoutPage_SendsNoQuery()
    {
        using var host = Start();
        host.Respond("GET", $"/extractions/sessions/{SessionId}/documents", 200, """{"data":[],"meta":{"current_page":1,"last_page":1,"per_page":15,"total":0}}""");

        await host.Api<IRaydocsDocumentsApi>().ListDocumentsAsync(SessionId);

        var entry = host.AssertSingleRequest("GET", $"/extractions/sessions/{SessionId}/documents");
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage!.RawQuery));
    }

    [Fact]
    public async Task UploadDocuments_SendsKeysAndReadsTheNewerDocument()
    {
        using var host = Start();
        host.Respond("POST", $"/extractions/sessions/{SessionId}/documents/upload", 200, """
            {"data":[{"id":"d-2","workspace_id":123,"filename":"invoice_002.pdf","mime":"application/pdf","size":88211,"sha256":"2c26b4","status":"uploaded","source_type":"upload","source_url":null,
                      "parsings":[{"id":"p-1","config_hash":"cfg_1","status":"queued","parser_version":"2.3.0","updated_at":"2024-01-15T10:32:00Z"}],"created_at":"2024-01-15T10:32:00Z"}]}
            """);

        var result = await host.Api<IRaydocsDocumentsApi>().UploadDocumentsAsync(SessionId, new RaydocsUploadDocumentsRequest { Keys = ["tmp/a1b2", "tmp/c3d4"] });

        host.AssertSingleRequest("POST", $"/extractions/sessions/{SessionId}/documents/upload", """{"keys":["tmp/a1b2","tmp/c3d4"]}""");
        var document = Assert.Single(result.Data!);
        Assert.Equal("123", document.WorkspaceId);
        Assert.Equal("queued", Assert.Single(document.Parsings!).Status);
        Assert.Null(result.Meta);
    }

    [Fact]
    public async Task AttachDocuments_SendsDocumentIds()
    {
        using var host = Start();
        host.Respond("POST", $"/extractions/sessions/{SessionId}/documents/attach", 200, """{"data":[{"id":"880e8400-e29b-41d4-a716-446655440000","filename":"invoice_001.pdf","status":"ready"}]}""");

        var result = await host.Api<IRaydocsDocumentsApi>().AttachDocumentsAsync(SessionId, new RaydocsAttachDocumentsRequest { DocumentIds = [DocumentId] });

        host.AssertSingleRequest("POST", $"/extractions/sessions/{SessionId}/documents/attach", $$"""{"document_ids":["{{DocumentId}}"]}""");
        Assert.Equal(DocumentId, Assert.Single(result!.Data!).Id);
    }

    [Fact]
    public async Task AttachDocuments_204_ReturnsNull()
    {
        using var host = Start();
        host.Respond("POST", $"/extractions/sessions/{SessionId}/documents/attach", 204);

        var result = await host.Api<IRaydocsDocumentsApi>().AttachDocumentsAsync(SessionId, new RaydocsAttachDocumentsRequest { DocumentIds = [DocumentId] });

        Assert.Null(result);
    }

    [Fact]
    public async Task DetachDocument_Sends204Delete()
    {
        using var host = Start();
        host.Respond("DELETE", $"/extractions/sessions/{SessionId}/documents/{DocumentId}", 204);

        await host.Api<IRaydocsDocumentsApi>().DetachDocumentAsync(SessionId, DocumentId);

        host.AssertSingleRequest("DELETE", $"/extractions/sessions/{SessionId}/documents/{DocumentId}");
    }

    [Fact]
    public async Task UploadLegacyDocument_SendsKeyAndFilenameAndReadsTheOlderDocument()
    {
        using var host = Start();
        host.Respond("POST", $"/extractions/sessions/{SessionId}/documents", 201, $$"""
            {"id":"ab0e","extraction_session_id":"{{SessionId}}","filename":"scan.pdf","mime_type":"application/pdf","size":5012,"status":"pending","created_at":"2024-01-15T10:33:00.000000Z"}
            """);

        var document = await host.Api<IRaydocsDocumentsApi>().UploadLegacyDocumentAsync(SessionId, new RaydocsLegacyUploadRequest { Key = "tmp/scan", FileName = "scan.pdf" });

        host.AssertSingleRequest("POST", $"/extractions/sessions/{SessionId}/documents", """{"key":"tmp/scan","filename":"scan.pdf"}""");
        Assert.Equal("application/pdf", document.MimeType);
        Assert.Equal(SessionId, document.ExtractionSessionId);
        Assert.Equal("application/pdf", RaydocsSessionMapper.ToDocument(document).MimeType);
    }

    [Fact]
    public async Task CreateSignedStorageUrl_SendsContentTypeAndPrivateVisibility()
    {
        using var host = Start();
        host.Respond("POST", "/vapor/signed-storage-url", 201, """
            {"uuid":"5b1c","bucket":"raydocs-tmp","key":"tmp/5b1c","url":"https://raydocs-tmp.s3.amazonaws.com/tmp/5b1c?X-Amz-Signature=abc","headers":{"Content-Type":"application/pdf","x-amz-acl":"private"}}
            """);

        var target = await host.Api<IRaydocsDocumentsApi>().CreateSignedStorageUrlAsync(new RaydocsSignedStorageUrlRequest { ContentType = "application/pdf" });

        host.AssertSingleRequest("POST", "/vapor/signed-storage-url", """{"content_type":"application/pdf","visibility":"private"}""");
        Assert.Equal("tmp/5b1c", target.Key);
        Assert.StartsWith("https://raydocs-tmp.s3.amazonaws.com/", target.Url);
        Assert.Equal("private", target.Headers!.Value.GetProperty("x-amz-acl").GetString());
        Assert.Equal("raydocs-tmp", target.AdditionalProperties!["bucket"].GetString());
    }

    [Fact]
    public void Apis_AreRegisteredKeyedAndUnkeyed()
    {
        using var host = Start();

        Assert.NotNull(host.Services.GetRequiredService<IRaydocsExtractionSessionsApi>());
        Assert.NotNull(host.Services.GetRequiredService<IRaydocsDocumentsApi>());
        Assert.NotNull(host.Services.GetRequiredService<IRaydocsResultsApi>());
        Assert.NotNull(host.Services.GetRequiredService<IRaydocsBatchApi>());
        Assert.NotNull(host.Services.GetRequiredKeyedService<IRaydocsBatchApi>("raydocs"));
    }
}
