using System.Text.Json.Nodes;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.MidPilot;
using static SessionSdk.IntegrationTests.MidPilot.MidPilotWire;

namespace SessionSdk.IntegrationTests.MidPilot;

public sealed class MidPilotWriteTests
{
    [Fact]
    public async Task CreateSession_PostsWithoutBodyThenReadsBack()
    {
        using var host = Start();
        host.Respond("POST", "/api/v1/session", 201, """{"sessionId":"123e4567-e89b-12d3-a456-426614174000","message":"Session created successfully. Use this session_id in subsequent requests."}""");
        host.Respond("GET", SessionPath, 200, SessionSummary);

        var session = await host.Client().CreateSessionAsync(new CreateSessionRequest());

        Assert.Equal(Id, session.Id);
        Assert.Equal("Session returned successfully.", session.AdditionalProperties["message"].GetString());
        host.AssertCalls("POST /api/v1/session", $"GET {SessionPath}");
        AssertNoBody(host.Requests()[0]);
    }

    [Fact]
    public async Task CreateSession_WithId_PostsToIdThenReadsBack()
    {
        using var host = Start();
        host.Respond("POST", SessionPath, 201, """{"sessionId":"123e4567-e89b-12d3-a456-426614174000","message":"Session created successfully with provided ID."}""");
        host.Respond("GET", SessionPath, 200, SessionWithData);

        var session = await host.Client().CreateSessionAsync(new CreateSessionRequest { SessionId = Id });

        Assert.Equal(Id, session.Id);
        Assert.NotNull(session.Metadata);
        host.AssertCalls($"POST {SessionPath}", $"GET {SessionPath}");
        AssertNoBody(host.Requests()[0]);
    }

    [Fact]
    public async Task CreateSession_WithUnhyphenatedId_ReadsBackTheCanonicalIdTheServerEchoes()
    {
        using var host = Start();
        host.Respond("POST", "/api/v1/session/123e4567e89b12d3a456426614174000", 201, """{"sessionId":"123e4567-e89b-12d3-a456-426614174000","message":"Session created successfully with provided ID."}""");
        host.Respond("GET", SessionPath, 200, SessionSummary);

        var session = await host.Client().CreateSessionAsync(new CreateSessionRequest { SessionId = "123e4567e89b12d3a456426614174000" });

        Assert.Equal(Id, session.Id);
        host.AssertCalls("POST /api/v1/session/123e4567e89b12d3a456426614174000", $"GET {SessionPath}");
    }

    [Fact]
    public async Task CreateSession_WithExistingId_409_ThrowsConflict()
    {
        using var host = Start();
        host.Respond("POST", SessionPath, 409, """{"detail":"Session 123e4567-e89b-12d3-a456-426614174000 already exists"}""");

        var error = await Assert.ThrowsAsync<SessionConflictException>(() => host.Client().CreateSessionAsync(new CreateSessionRequest { SessionId = Id }));

        Assert.Equal("Session 123e4567-e89b-12d3-a456-426614174000 already exists", error.VendorMessage);
        host.AssertCalls($"POST {SessionPath}");
    }

    [Fact]
    public async Task CreateSession_WithMalformedId_422_ThrowsValidationNamingTheId()
    {
        using var host = Start();
        host.Respond("POST", "/api/v1/session/abc", 422, """{"detail":[{"type":"uuid_parsing","loc":["path","session_id"],"msg":"Input should be a valid UUID, invalid length: expected length 32 for simple format, found 3","input":"abc"}]}""");

        var error = await Assert.ThrowsAsync<SessionValidationException>(() => host.Client().CreateSessionAsync(new CreateSessionRequest { SessionId = "abc" }));

        Assert.Equal("path.session_id", Assert.Single(error.FieldErrors).Field);
        Assert.Contains("'abc'", error.Message, StringComparison.Ordinal);
        host.AssertCalls("POST /api/v1/session/abc");
    }

    [Theory]
    [InlineData("name")]
    [InlineData("metadata")]
    [InlineData("additional")]
    [InlineData("dotdot")]
    public async Task CreateSession_WithValuesMidPilotCannotTake_ThrowsArgumentWithoutRequest(string what)
    {
        using var host = Start();
        var request = new CreateSessionRequest();
        switch (what)
        {
            case "name": request.Name = "x"; break;
            case "metadata": request.Metadata = new JsonObject { ["scrapeInput"] = new JsonObject() }; break;
            case "additional": request.AdditionalProperties["data"] = new JsonObject(); break;
            default: request.SessionId = ".."; break;
        }

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client().CreateSessionAsync(request));

        Assert.Empty(host.Requests());
    }

    [Fact]
    public async Task UpdateSession_PatchesExactlyDataThenReadsBack()
    {
        using var host = Start();
        host.Respond("PATCH", SessionPath, 200, """{"message":"Session updated successfully","sessionId":"123e4567-e89b-12d3-a456-426614174000"}""");
        host.Respond("GET", SessionPath, 200, SessionWithData);
        var changes = new JsonObject
        {
            ["scrapeInput"] = new JsonObject { ["applicationName"] = "My API", ["baseUrl"] = "https://api.example.com" },
            ["discoveryJobId"] = null,
        };

        var session = await host.Client().UpdateSessionAsync(Id, new UpdateSessionRequest { Metadata = changes });

        Assert.Equal("https://api.example.com", session.Metadata!["scrapeInput"].GetProperty("baseUrl").GetString());
        host.AssertCalls($"PATCH {SessionPath}", $"GET {SessionPath}");
        var patch = host.Requests()[0];
        Assert.StartsWith("application/json", patch.Header("Content-Type"), StringComparison.Ordinal);
        var body = JsonBody(patch);
        var data = Assert.IsType<JsonObject>(Assert.Single(body, p => p.Key == "data").Value);
        Assert.Single(body);
        Assert.True(JsonNode.DeepEquals(changes, data), body.ToJsonString());
        Assert.True(data.ContainsKey("discoveryJobId"));
    }

    [Fact]
    public async Task UpdateSession_Patch405_ThrowsNotSupportedSayingUpdatesAreGone()
    {
        using var host = Start();
        host.Respond("PATCH", SessionPath, 405, """{"detail":"Method Not Allowed"}""");

        var error = await Assert.ThrowsAsync<NotSupportedException>(() =>
            host.Client().UpdateSessionAsync(Id, new UpdateSessionRequest { Metadata = new JsonObject { ["a"] = 1 } }));

        Assert.Contains("no longer supports updates", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, Assert.IsAssignableFrom<SessionClientException>(error.InnerException).StatusCode);
        host.AssertCalls($"PATCH {SessionPath}");
    }

    [Fact]
    public async Task UpdateSession_Patch404WhileSessionExists_ThrowsNotSupported()
    {
        using var host = Start();
        host.Respond("PATCH", SessionPath, 404, """{"detail":"Not Found"}""");
        host.Respond("HEAD", SessionPath, 204);

        var error = await Assert.ThrowsAsync<NotSupportedException>(() =>
            host.Client().UpdateSessionAsync(Id, new UpdateSessionRequest { Metadata = new JsonObject { ["a"] = 1 } }));

        Assert.Contains("no longer supports updates", error.Message, StringComparison.Ordinal);
        Assert.Contains("although the session exists", error.Message, StringComparison.Ordinal);
        host.AssertCalls($"PATCH {SessionPath}", $"HEAD {SessionPath}");
    }

    [Fact]
    public async Task UpdateSession_Patch404ForMissingSession_ThrowsNotFound()
    {
        using var host = Start();
        host.Respond("PATCH", SessionPath, 404, """{"detail":"Session 123e4567-e89b-12d3-a456-426614174000 not found or update failed"}""");
        host.Respond("HEAD", SessionPath, 404);

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() =>
            host.Client().UpdateSessionAsync(Id, new UpdateSessionRequest { Metadata = new JsonObject { ["a"] = 1 } }));

        Assert.Equal("Session 123e4567-e89b-12d3-a456-426614174000 not found or update failed", error.VendorMessage);
        host.AssertCalls($"PATCH {SessionPath}", $"HEAD {SessionPath}");
    }

    [Fact]
    public async Task UpdateSession_ExpectedVersion_ThrowsNotSupportedWithoutRequest()
    {
        using var host = Start();

        await Assert.ThrowsAsync<NotSupportedException>(() =>
            host.Client().UpdateSessionAsync(Id, new UpdateSessionRequest { Metadata = new JsonObject(), ExpectedVersion = "1" }));

        Assert.Empty(host.Requests());
    }

    [Theory]
    [InlineData("name")]
    [InlineData("nothing")]
    [InlineData("additional")]
    public async Task UpdateSession_WithValuesMidPilotCannotTake_ThrowsArgumentWithoutRequest(string what)
    {
        using var host = Start();
        var request = new UpdateSessionRequest();
        switch (what)
        {
            case "name": request.Name = "x"; request.Metadata = new JsonObject(); break;
            case "additional": request.AdditionalProperties["state"] = "x"; request.Metadata = new JsonObject(); break;
        }

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client().UpdateSessionAsync(Id, request));

        Assert.Empty(host.Requests());
    }

    [Fact]
    public async Task DeleteSession_200WithBody_Completes()
    {
        using var host = Start();
        host.Respond("DELETE", SessionPath, 200, """{"message":"Session deleted successfully","sessionId":"123e4567-e89b-12d3-a456-426614174000"}""");

        await host.Client().DeleteSessionAsync(Id);

        host.AssertCalls($"DELETE {SessionPath}");
        AssertNoBody(host.Requests()[0]);
    }

    [Fact]
    public async Task DeleteSession_TypedApi_ReturnsTheAcknowledgement()
    {
        using var host = Start();
        host.Respond("DELETE", SessionPath, 200, """{"message":"Session deleted successfully","sessionId":"123e4567-e89b-12d3-a456-426614174000"}""");

        var result = await host.Client().GetRequiredService<IMidPilotSessionsApi>().DeleteSessionAsync(Id);

        Assert.Equal(("Session deleted successfully", Id), (result!.Message, result.SessionId));
    }

    [Fact]
    public async Task DeleteSession_204WithoutBody_AlsoCompletes()
    {
        using var host = Start();
        host.Respond("DELETE", SessionPath, 204);

        await host.Client().DeleteSessionAsync(Id);

        host.AssertCalls($"DELETE {SessionPath}");
    }

    [Fact]
    public async Task DeleteSession_404_ThrowsNotFound()
    {
        using var host = Start();
        host.Respond("DELETE", SessionPath, 404, """{"detail":"Session 123e4567-e89b-12d3-a456-426614174000 not found"}""");

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() => host.Client().DeleteSessionAsync(Id));

        Assert.Equal("Session 123e4567-e89b-12d3-a456-426614174000 not found", error.VendorMessage);
    }
}
