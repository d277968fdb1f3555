using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.MidPilot;
using static SessionSdk.IntegrationTests.MidPilot.MidPilotWire;

namespace SessionSdk.IntegrationTests.MidPilot;

public sealed class MidPilotReadTests
{
    [Fact]
    public async Task GetSession_WithData_MapsDataAsMetadata()
    {
        using var host = Start();
        host.Respond("GET", SessionPath, 200, SessionWithData);

        var session = await host.Client().GetSessionAsync(Id);

        Assert.Equal(Id, session.Id);
        Assert.Equal("midpilot.connector-session", session.Kind);
        Assert.Equal(SessionStatus.Unknown, session.Status);
        Assert.Equal("My API", session.Metadata!["scrapeInput"].GetProperty("applicationName").GetString());
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 35, 0, TimeSpan.Zero), session.UpdatedAt);
        host.AssertCalls($"GET {SessionPath}");
        var request = Assert.Single(host.Requests());
        AssertNoBody(request);
        Assert.Contains("application/json", request.Header("Accept"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSession_Summary_HasNoMetadataAndKeepsMessage()
    {
        using var host = Start();
        host.Respond("GET", SessionPath, 200, SessionSummary);

        var session = await host.Client().GetSessionAsync(Id);

        Assert.Null(session.Metadata);
        Assert.Equal("Session returned successfully.", session.AdditionalProperties["message"].GetString());
        Assert.Equal(new DateTimeOffset(2026, 4, 8, 9, 15, 42, TimeSpan.Zero).AddTicks(1_234_560), session.CreatedAt);
        host.AssertCalls($"GET {SessionPath}");
    }

    [Fact]
    public async Task GetSession_DocSchemaBlockWithJunkKeys_DoesNotBreak()
    {
        using var host = Start();
        host.Respond("GET", SessionPath, 200, """{"200":{},"404":{},"sessionId":"123e4567-e89b-12d3-a456-426614174000","data":{"documentationItems":[{}]},"createdAt":"<string>","updatedAt":"<string>"}""");

        var session = await host.Client().GetSessionAsync(Id);

        Assert.Equal(Id, session.Id);
        Assert.True(session.AdditionalProperties.ContainsKey("200"));
        Assert.True(session.AdditionalProperties.ContainsKey("404"));
        Assert.Null(session.CreatedAt);
        Assert.Equal("<string>", session.AdditionalProperties["createdAt"].GetString());
    }

    [Fact]
    public async Task GetSession_VerbatimDocSchemaWithObjectSessionId_ThrowsResponseException()
    {
        // The doc page's schema block types sessionId as {}: a real server never sends that, and it must fail as a typed error.
        using var host = Start();
        host.Respond("GET", SessionPath, 200, """{"200":{},"404":{},"sessionId":{},"data":{},"createdAt":"<string>","updatedAt":"<string>"}""");

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => host.Client().GetSessionAsync(Id));

        Assert.Equal("midpilot", error.ProviderName);
        Assert.Contains("sessionId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSession_404_ThrowsNotFoundWithVendorDetail()
    {
        using var host = Start();
        host.Respond("GET", SessionPath, 404, """{"detail":"Session 123e4567-e89b-12d3-a456-426614174000 not found"}""");

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() => host.Client().GetSessionAsync(Id));

        Assert.Equal("Session 123e4567-e89b-12d3-a456-426614174000 not found", error.VendorMessage);
        Assert.Contains("Session 123e4567-e89b-12d3-a456-426614174000 not found", error.Message, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("GetSession", error.Operation);
    }

    [Fact]
    public async Task GetSession_MalformedId_422_ThrowsValidationNamingTheId()
    {
        using var host = Start();
        host.Respond("GET", "/api/v1/session/not-a-uuid", 422, """
            {"detail":[{"type":"uuid_parsing","loc":["path","session_id"],"msg":"Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1","input":"not-a-uuid","ctx":{"error":"invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1"}}]}
            """);

        var error = await Assert.ThrowsAsync<SessionValidationException>(() => host.Client().GetSessionAsync("not-a-uuid"));

        var field = Assert.Single(error.FieldErrors);
        Assert.Equal("path.session_id", field.Field);
        Assert.Equal("uuid_parsing", field.Code);
        Assert.Contains("'not-a-uuid' is not a valid midPilot session id", error.Message, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, error.StatusCode);
        host.AssertCalls("GET /api/v1/session/not-a-uuid");
    }

    [Fact]
    public async Task GetSession_DotDotId_ThrowsArgumentWithoutRequest()
    {
        using var host = Start();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client().GetSessionAsync(".."));

        Assert.Empty(host.Requests());
    }

    [Fact]
    public async Task SessionExists_Head204_ReturnsTrue()
    {
        using var host = Start();
        host.Respond("HEAD", SessionPath, 204);

        Assert.True(await host.Client().SessionExistsAsync(Id));

        host.AssertCalls($"HEAD {SessionPath}");
        AssertNoBody(Assert.Single(host.Requests()));
    }

    [Fact]
    public async Task SessionExists_Head404_ReturnsFalse()
    {
        using var host = Start();
        host.Respond("HEAD", SessionPath, 404);

        Assert.False(await host.Client().SessionExistsAsync(Id));

        host.AssertCalls($"HEAD {SessionPath}");
    }

    [Fact]
    public async Task SessionExists_Head422_ThrowsValidationNamingTheId()
    {
        using var host = Start();
        host.Respond("HEAD", "/api/v1/session/nope", 422);

        var error = await Assert.ThrowsAsync<SessionValidationException>(() => host.Client().SessionExistsAsync("nope"));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionExists_OnAnotherProvidersClient_ThrowsArgument()
    {
        using var host = SessionTestHost.Start((b, uri) => b.AddKodexa(o => { o.ApiKey = "k"; o.BaseAddress = uri; }));

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client("kodexa").SessionExistsAsync(Id));
    }

    [Fact]
    public async Task ListSessions_ThrowsNotSupportedWithoutAnyRequest()
    {
        using var host = Start();
        var client = host.Client();

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => client.GetSessionPageAsync());
        await Assert.ThrowsAsync<NotSupportedException>(async () => await client.ListSessionsAsync().ToListAsync());

        Assert.Contains("SessionExistsAsync", error.Message, StringComparison.Ordinal);
        Assert.False(client.Metadata.Supports(SessionCapabilities.List));
        Assert.Equal(
            SessionCapabilities.Get | SessionCapabilities.Create | SessionCapabilities.CreateWithId | SessionCapabilities.Update | SessionCapabilities.Delete,
            client.Metadata.Capabilities);
        Assert.Empty(host.Requests());
    }

    [Fact]
    public async Task ListJobs_ReadsJobsThroughTypedApi()
    {
        using var host = Start();
        host.Respond("GET", SessionPath + "/jobs", 200, """
            {"sessionId":"123e4567-e89b-12d3-a456-426614174000","jobs":[{"jobId":"11111111-2222-4333-8444-555555555555","type":"discovery","status":"running","createdAt":"2026-04-08T09:16:00.100000+00:00","startedAt":"2026-04-08T09:16:01+00:00"}]}
            """);
        var api = host.Client().GetRequiredService<IMidPilotSessionsApi>();

        var jobs = await api.ListJobsAsync(Id);

        var job = Assert.Single(jobs.Jobs!);
        Assert.Equal(("discovery", "running"), (job.Type, job.Status));
        Assert.Null(job.FinishedAt);
        host.AssertCalls($"GET {SessionPath}/jobs");
    }
}
