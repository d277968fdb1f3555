using System.Text.Json;
using SessionSdk.Providers.Raydocs;

namespace SessionSdk.Tests.Raydocs;

public sealed class RaydocsSessionMapperTests
{
    [Fact]
    public void SchemaExample_MapsSessionDocumentAndResult()
    {
        var session = RaydocsFixtures.Mapped("get-session-schema.json");

        Assert.Equal("3c90c3cc-0d44-4b50-8888-8dd25736052a", session.Id);
        Assert.Equal("raydocs/3c90c3cc-0d44-4b50-8888-8dd25736052a", session.QualifiedId);
        Assert.Equal("raydocs.extraction-session", session.Kind);
        Assert.Equal(SessionStatus.Pending, session.Status);
        Assert.Equal("pending", session.RawStatus);
        Assert.Equal("<string>", session.Name);
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero), session.CreatedAt);
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero), session.UpdatedAt);
        Assert.NotNull(session.Metadata);
        Assert.Empty(session.Metadata);
        Assert.Equal("3c90c3cc-0d44-4b50-8888-8dd25736052a", session.AdditionalProperties["extraction_template_id"].GetString());
        Assert.IsType<RaydocsExtractionSession>(session.RawRepresentation);

        var document = Assert.Single(session.Documents);
        Assert.Equal("3c90c3cc-0d44-4b50-8888-8dd25736052a", document.Id);
        Assert.Equal("123", document.WorkspaceId);
        Assert.Equal("<string>", document.FileName);
        Assert.Equal("<string>", document.MimeType);
        Assert.Equal(123, document.Size);
        Assert.Equal("<string>", document.Sha256);
        Assert.Equal("uploaded", document.RawStatus);
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero), document.CreatedAt);
        Assert.Equal("upload", document.AdditionalProperties["source_type"].GetString());
        Assert.Equal("<string>", document.AdditionalProperties["source_url"].GetString());
        var parsing = Assert.Single(document.AdditionalProperties["parsings"].EnumerateArray());
        Assert.Equal("queued", parsing.GetProperty("status").GetString());
        Assert.Equal("<string>", parsing.GetProperty("parser_version").GetString());

        var result = Assert.Single(session.Results);
        Assert.Equal("created", result.RawStatus);
        Assert.Equal(JsonValueKind.Object, result.Data!.Value.ValueKind);
        Assert.Equal(JsonValueKind.Object, result.AuditData!.Value.ValueKind);
        Assert.Equal("<string>", result.AdditionalProperties["config_hash"].GetString());
        Assert.Equal("3c90c3cc-0d44-4b50-8888-8dd25736052a", result.AdditionalProperties["extraction_session_id"].GetString());
        var reference = Assert.Single(result.AdditionalProperties["document_refs"].EnumerateArray());
        Assert.Equal("documentRef", reference.GetProperty("kind").GetString());
        Assert.Equal("3c90c3cc-0d44-4b50-8888-8dd25736052a", reference.GetProperty("documentId").GetString());
        Assert.Equal("upload", reference.GetProperty("source").GetProperty("type").GetString());
        Assert.Equal("2023-11-07T05:31:56Z", reference.GetProperty("createdAt").GetString());
    }

    [Fact]
    public void WorkedExample_WithoutStatus_IsUnknownWithNullRawStatus()
    {
        var session = RaydocsFixtures.Mapped("get-session-example.json");

        Assert.Equal(SessionStatus.Unknown, session.Status);
        Assert.Null(session.RawStatus);
        Assert.Equal("Q1 2024 Invoices", session.Name);
        Assert.Equal("550e8400-e29b-41d4-a716-446655440000", session.AdditionalProperties["extraction_template_id"].GetString());

        var document = Assert.Single(session.Documents);
        Assert.Equal("invoice_001.pdf", document.FileName);
        Assert.Equal("ready", document.RawStatus);
        Assert.Null(document.MimeType);
        Assert.Null(document.WorkspaceId);
        Assert.Equal(2, document.AdditionalProperties["meta"].GetProperty("page_count").GetInt32());

        var result = Assert.Single(session.Results);
        Assert.Equal("990e8400-e29b-41d4-a716-446655440000", result.Id);
        Assert.Equal("completed", result.RawStatus);
        Assert.Equal("Invoice #12345", result.Title);
        Assert.Null(result.Data);
        Assert.Null(result.AuditData);
    }

    [Theory]
    [InlineData("pending", "pending")]
    [InlineData("processing", "running")]
    [InlineData("completed", "completed")]
    [InlineData("failed", "failed")]
    [InlineData("PROCESSING", "running")]
    [InlineData("archived", "unknown")]
    [InlineData("ready", "unknown")]
    public void SessionStatus_FollowsTheDocumentedVocabularyAndKeepsTheRawWord(string raw, string expected)
    {
        var session = RaydocsSessionMapper.ToSession(new RaydocsExtractionSession { Id = "s-1", Status = raw }, "raydocs");

        Assert.Equal(new SessionStatus(expected), session.Status);
        Assert.Equal(raw, session.RawStatus);
    }

    [Fact]
    public void LegacyGeneration_ReadsMimeTypeSessionLinkAndReasoning()
    {
        var session = RaydocsFixtures.Mapped("session-legacy.json");

        Assert.Equal(SessionStatus.Running, session.Status);
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 8, 5, 12, TimeSpan.Zero).AddTicks(1234560), session.UpdatedAt);
        Assert.False(session.Metadata!["auto_extract"].GetBoolean());

        var document = Assert.Single(session.Documents);
        Assert.Equal("application/pdf", document.MimeType);
        Assert.False(document.AdditionalProperties.ContainsKey("mime_type"));
        Assert.Equal("aa0e8400-e29b-41d4-a716-446655440000", document.AdditionalProperties["extraction_session_id"].GetString());
        Assert.Null(document.WorkspaceId);
        Assert.Equal(482133, document.Size);
        Assert.Equal("pending", document.RawStatus);

        var result = Assert.Single(session.Results);
        Assert.Equal("pending", result.RawStatus);
        Assert.Equal("Acme GmbH", result.Data!.Value.GetProperty("party").GetString());
        Assert.Equal("Named as the contracting party on page 1.", result.AuditData!.Value.GetProperty("party").GetString());
        Assert.False(result.AdditionalProperties.ContainsKey("reasoning"));
    }

    [Fact]
    public void NewerGeneration_WithUuidWorkspaceSourceObjectAndAuditData()
    {
        var session = RaydocsFixtures.Mapped("session-workspace-uuid.json");

        Assert.Equal(SessionStatus.Completed, session.Status);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 9, 15, 0, TimeSpan.FromHours(1)), session.CreatedAt);
        Assert.True(session.Metadata!["auto_extract"].GetBoolean());
        Assert.Equal("en", session.Metadata["language"].GetString());

        var document = Assert.Single(session.Documents);
        Assert.Equal("660e8400-e29b-41d4-a716-446655440000", document.WorkspaceId);
        Assert.Equal("image/png", document.MimeType);
        Assert.Equal("upload", document.AdditionalProperties["source"].GetProperty("type").GetString());
        Assert.False(document.AdditionalProperties.ContainsKey("source_type"));
        Assert.Equal(20480, document.AdditionalProperties["meta"].GetProperty("file_size").GetInt32());

        var result = Assert.Single(session.Results);
        Assert.Equal("Receipt 17", result.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 9, 20, 30, TimeSpan.FromHours(1)), result.CompletedAt);
        var source = Assert.Single(result.AuditData!.Value.GetProperty("total").GetProperty("sources").EnumerateArray());
        Assert.Equal("c_0007", source.GetProperty("chunk_id").GetString());
        Assert.Equal("660e8400-e29b-41d4-a716-446655440000", result.AdditionalProperties["document_refs"][0].GetProperty("workspaceId").GetString());
    }

    [Fact]
    public void UnknownFields_AreKeptAtEveryLevel()
    {
        var session = RaydocsFixtures.Mapped("session-workspace-uuid.json");

        Assert.Equal("ops", session.AdditionalProperties["archived_by"].GetProperty("name").GetString());
        Assert.Equal("https://cdn.example.test/t/bc0e.png", session.Documents[0].AdditionalProperties["thumbnail_url"].GetString());
        Assert.Equal(3, session.Results[0].AdditionalProperties["cost_credits"].GetInt32());
        Assert.Equal(JsonValueKind.Array, session.Results[0].AdditionalProperties["document_refs"][0].GetProperty("pageRange").ValueKind);
    }

    [Fact]
    public void BothMimeFields_MimeWinsAndMimeTypeIsKept()
    {
        var document = RaydocsSessionMapper.ToDocument(new RaydocsDocument { Id = "d", Mime = "image/png", MimeType = "application/octet-stream" });

        Assert.Equal("image/png", document.MimeType);
        Assert.Equal("application/octet-stream", document.AdditionalProperties["mime_type"].GetString());
    }

    [Fact]
    public void BothAuditFields_AuditDataWinsAndReasoningIsKept()
    {
        var json = """{"id":"r","audit_data":{"a":{"reasoning":"new"}},"reasoning":{"a":"old"}}""";
        var result = RaydocsSessionMapper.ToResult(JsonSerializer.Deserialize(json, RaydocsJsonContext.Default.RaydocsResult)!);

        Assert.Equal("new", result.AuditData!.Value.GetProperty("a").GetProperty("reasoning").GetString());
        Assert.Equal("old", result.AdditionalProperties["reasoning"].GetProperty("a").GetString());
    }

    [Fact]
    public void SettingsThatAreNotAnObject_AreKeptInAdditionalProperties()
    {
        var json = """{"id":"s","settings":[]}""";
        var session = RaydocsSessionMapper.ToSession(JsonSerializer.Deserialize(json, RaydocsJsonContext.Default.RaydocsExtractionSession)!, "raydocs");

        Assert.Null(session.Metadata);
        Assert.Equal(JsonValueKind.Array, session.AdditionalProperties["settings"].ValueKind);
    }

    [Fact]
    public void UnreadableTimestamp_IsNullAndKeptAsWritten()
    {
        var session = RaydocsSessionMapper.ToSession(new RaydocsExtractionSession { Id = "s", CreatedAt = "yesterday-ish", UpdatedAt = "2024-01-15 10:30:00" }, "raydocs");

        Assert.Null(session.CreatedAt);
        Assert.Equal("yesterday-ish", session.AdditionalProperties["created_at"].GetString());
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero), session.UpdatedAt);
    }

    [Fact]
    public void SessionWithoutId_ThrowsResponseException()
    {
        var error = Assert.Throws<SessionResponseException>(() => RaydocsSessionMapper.ToSession(new RaydocsExtractionSession { Name = "x" }, "raydocs"));

        Assert.Equal("raydocs", error.ProviderName);
    }
}
