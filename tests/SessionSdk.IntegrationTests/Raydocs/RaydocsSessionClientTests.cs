using System.Text.Json.Nodes;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.Raydocs;
using static SessionSdk.IntegrationTests.Raydocs.RaydocsWire;

namespace SessionSdk.IntegrationTests.Raydocs;

public sealed class RaydocsSessionClientTests
{
    private const string SessionJson = """
        {
          "id": "770e8400-e29b-41d4-a716-446655440000",
          "name": "Q1 2024 Invoices",
          "extraction_template_id": "550e8400-e29b-41d4-a716-446655440000",
          "settings": {"auto_extract": true},
          "created_at": "2024-01-15T10:30:00Z",
          "updated_at": "2024-01-15T10:30:00Z",
          "documents": [{"id": "880e8400-e29b-41d4-a716-446655440000", "filename": "invoice_001.pdf", "status": "ready", "meta": {"page_count": 2}}],
          "results": [{"id": "990e8400-e29b-41d4-a716-446655440000", "status": "completed", "title": "Invoice #12345"}]
        }
        """;

    [Fact]
    public async Task GetSession_SendsBearerTokenAndMapsTheWorkedExample()
    {
        using var host = Start();
        host.Respond("GET", $"/extractions/sessions/{SessionId}", 200, SessionJson);

        var session = await host.Client().GetSessionAsync(SessionId);

        var entry = host.AssertSingleRequest("GET", $"/extractions/sessions/{SessionId}");
        Assert.Equal("application/json", entry.Header("Accept"));
        Assert.Equal(SessionId, session.Id);
        Assert.Equal("raydocs", session.ProviderName);
        Assert.Equal(SessionStatus.Unknown, session.Status);
        Assert.Null(session.RawStatus);
        Assert.Equal("Q1 2024 Invoices", session.Name);
        Assert.True(session.Metadata!["auto_extract"].GetBoolean());
        Assert.Equal(TemplateId, session.AdditionalProperties["extraction_template_id"].GetString());
        Assert.Equal("invoice_001.pdf", Assert.Single(session.Documents).FileName);
        Assert.Equal("Invoice #12345", Assert.Single(session.Results).Title);
    }

    [Fact]
    public async Task CreateSession_SendsTemplateNameSettingsAndExtraFields()
    {
        using var host = Start();
        host.Respond("POST", "/extractions/sessions", 201, SessionJson);
        var request = new CreateSessionRequest { Name = "Q1 2024 Invoices", Metadata = new JsonObject { ["auto_extract"] = true } };
        request.AdditionalProperties["extraction_template_id"] = TemplateId;
        request.AdditionalProperties["priority"] = "high";

        var session = await host.Client().CreateSessionAsync(request);

        host.AssertSingleRequest("POST", "/extractions/sessions", $$"""
            {"extraction_template_id":"{{TemplateId}}","name":"Q1 2024 Invoices","settings":{"auto_extract":true},"priority":"high"}
            """);
        Assert.Equal(SessionId, session.Id);
    }

    [Fact]
    public async Task CreateSession_WithOnlyTheTemplate_SendsOnlyTheTemplate()
    {
        using var host = Start();
        host.Respond("POST", "/extractions/sessions", 201, SessionJson);
        var request = new CreateSessionRequest();
        request.AdditionalProperties["extraction_template_id"] = TemplateId;

        await host.Client().CreateSessionAsync(request);

        host.AssertSingleRequest("POST", "/extractions/sessions", $$"""{"extraction_template_id":"{{TemplateId}}"}""");
    }

    public static TheoryData<JsonNode?> BadTemplateIds => new() { null, JsonValue.Create(""), JsonValue.Create("   "), JsonValue.Create(42), new JsonObject() };

    [Theory]
    [MemberData(nameof(BadTemplateIds))]
    public async Task CreateSession_WithoutAStringTemplateId_ThrowsAndSendsNothing(JsonNode? templateId)
    {
        using var host = Start();
        var request = new CreateSessionRequest { Name = "x" };
        if (templateId is not null)
        {
            request.AdditionalProperties["extraction_template_id"] = templateId;
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Client().CreateSessionAsync(request));

        Assert.Contains("extraction_template_id", error.Message);
        Assert.Empty(host.Server.LogEntries);
    }

    [Fact]
    public async Task CreateSession_WithAClientChosenId_ThrowsAndSendsNothing()
    {
        using var host = Start();
        var request = new CreateSessionRequest { SessionId = "mine" };
        request.AdditionalProperties["extraction_template_id"] = TemplateId;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Client().CreateSessionAsync(request));

        Assert.Contains("SessionId", error.Message);
        Assert.Empty(host.Server.LogEntries);
    }

    [Fact]
    public async Task DeleteSession_Sends204Delete()
    {
        using var host = Start();
        host.Respond("DELETE", $"/extractions/sessions/{SessionId}", 204);

        await host.Client().DeleteSessionAsync(SessionId);

        host.AssertSingleRequest("DELETE", $"/extractions/sessions/{SessionId}");
    }

    [Fact]
    public async Task ListAndUpdate_AreNotSupportedAndSendNothing()
    {
        using var host = Start();
        var client = host.Client();

        var list = await Assert.ThrowsAsync<NotSupportedException>(() => client.GetSessionPageAsync());
        await Assert.ThrowsAsync<NotSupportedException>(async () => await client.ListSessionsAsync().ToListAsync());
        var update = await Assert.ThrowsAsync<NotSupportedException>(() => client.UpdateSessionAsync(SessionId, new UpdateSessionRequest { Name = "new" }));

        Assert.Contains("raydocs", list.Message);
        Assert.Contains("Update", update.Message);
        Assert.Empty(host.Server.LogEntries);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData(" ")]
    public async Task InvalidSessionId_ThrowsAndSendsNothing(string id)
    {
        using var host = Start();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client().GetSessionAsync(id));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client().DeleteSessionAsync(id));

        Assert.Empty(host.Server.LogEntries);
    }

    [Fact]
    public void Metadata_AdvertisesGetCreateDelete()
    {
        using var host = Start();
        var metadata = host.Client().Metadata;

        Assert.Equal(SessionCapabilities.Get | SessionCapabilities.Create | SessionCapabilities.Delete, metadata.Capabilities);
        Assert.Equal("raydocs", metadata.ProviderName);
        Assert.Equal("raydocs.extraction-session", metadata.Kind);
        Assert.Equal(host.BaseAddress, metadata.Endpoint);
    }

    [Fact]
    public void GetService_ReturnsTheTypedApisAndOptions()
    {
        using var host = Start();
        var client = host.Client();

        Assert.NotNull(client.GetService<IRaydocsExtractionSessionsApi>());
        Assert.NotNull(client.GetService<IRaydocsDocumentsApi>());
        Assert.NotNull(client.GetService<IRaydocsResultsApi>());
        Assert.NotNull(client.GetService<IRaydocsBatchApi>());
        Assert.Equal(Token, client.GetService<RaydocsOptions>()!.Token);
        Assert.Same(client, client.GetService<ISessionClient>());
        Assert.Null(client.GetService(typeof(IRaydocsBatchApi), "other"));
        Assert.Null(client.GetService<IDisposable>());
    }

    [Fact]
    public async Task TokenProvider_SuppliesTheBearerToken()
    {
        using var host = Start(o =>
        {
            o.Token = null;
            o.TokenProvider = _ => ValueTask.FromResult(new SessionCredential("rd_live_rotated_1"));
        });
        host.Respond("DELETE", $"/extractions/sessions/{SessionId}", 204);

        await host.Client().DeleteSessionAsync(SessionId);

        Assert.Equal("Bearer rd_live_rotated_1", Assert.Single(host.Server.LogEntries).Header("Authorization"));
    }
}
