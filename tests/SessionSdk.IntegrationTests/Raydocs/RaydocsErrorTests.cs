using System.Net;
using SessionSdk.Providers.Raydocs;
using static SessionSdk.IntegrationTests.Raydocs.RaydocsWire;

namespace SessionSdk.IntegrationTests.Raydocs;

public sealed class RaydocsErrorTests
{
    [Fact]
    public async Task GetSession_404_ThrowsNotFoundWithVendorMessage()
    {
        using var host = Start();
        host.Respond("GET", $"/extractions/sessions/{SessionId}", 404, """{"message":"Extraction session not found."}""");

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() => host.Client().GetSessionAsync(SessionId));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("Extraction session not found.", error.VendorMessage);
        Assert.Contains("Extraction session not found.", error.Message);
        Assert.Equal("raydocs", error.ProviderName);
        Assert.Equal("GetSession", error.Operation);
    }

    [Theory]
    [InlineData(401, "Unauthenticated.")]
    [InlineData(403, "Invalid ability provided.")]
    public async Task GetSession_401Or403_ThrowsAuthenticationWithoutLeakingTheToken(int status, string message)
    {
        using var host = Start();
        host.Respond("GET", $"/extractions/sessions/{SessionId}", status, $$"""{"message":"{{message}}"}""");

        var error = await Assert.ThrowsAsync<SessionAuthenticationException>(() => host.Client().GetSessionAsync(SessionId));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(message, error.VendorMessage);
        Assert.DoesNotContain(Token, error.ToString());
    }

    [Fact]
    public async Task UploadDocuments_422Laravel_ThrowsValidationWithFieldErrors()
    {
        using var host = Start();
        host.Respond("POST", $"/extractions/sessions/{SessionId}/documents/upload", 422, """
            {"message":"The keys.0 field is invalid. (and 1 more error)","errors":{"keys.0":["The selected keys.0 is invalid."],"keys.1":["Unsupported file format."]}}
            """);

        var error = await Assert.ThrowsAsync<SessionValidationException>(() =>
            host.Api<IRaydocsDocumentsApi>().UploadDocumentsAsync(SessionId, new RaydocsUploadDocumentsRequest { Keys = ["tmp/bad", "tmp/file.exe"] }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal("The keys.0 field is invalid. (and 1 more error)", error.VendorMessage);
        Assert.Collection(
            error.FieldErrors,
            f => { Assert.Equal("keys.0", f.Field); Assert.Equal("The selected keys.0 is invalid.", f.Message); },
            f => { Assert.Equal("keys.1", f.Field); Assert.Equal("Unsupported file format.", f.Message); });
        Assert.Equal("UploadDocuments", error.Operation);
    }

    [Fact]
    public async Task CreateSession_422_ThrowsValidation()
    {
        using var host = Start();
        host.Respond("POST", "/extractions/sessions", 422, """{"message":"The selected extraction template id is invalid.","errors":{"extraction_template_id":["The selected extraction template id is invalid."]}}""");
        var request = new CreateSessionRequest();
        request.AdditionalProperties["extraction_template_id"] = "not-a-template";

        var error = await Assert.ThrowsAsync<SessionValidationException>(() => host.Client().CreateSessionAsync(request));

        Assert.Equal("extraction_template_id", Assert.Single(error.FieldErrors).Field);
    }

    [Fact]
    public async Task GetSession_429WithoutRetryAfter_ThrowsRateLimited()
    {
        using var host = Start(o => o.MaxRetries = 0);
        host.Respond("GET", $"/extractions/sessions/{SessionId}", 429, """{"message":"Too Many Attempts."}""");

        var error = await Assert.ThrowsAsync<SessionRateLimitedException>(() => host.Client().GetSessionAsync(SessionId));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("Too Many Attempts.", error.VendorMessage);
        Assert.True(error.IsTransient);
        Assert.Null(error.RetryAfter);
        Assert.Single(host.Server.LogEntries);
    }

    [Fact]
    public async Task RunExtraction_429_ThrowsRateLimitedWithoutRetryingThePost()
    {
        using var host = Start();
        host.Respond("POST", $"/extractions/sessions/{SessionId}/results", 429, """{"message":"Too Many Attempts."}""");

        await Assert.ThrowsAsync<SessionRateLimitedException>(() => host.Api<IRaydocsResultsApi>().RunExtractionAsync(SessionId));

        Assert.Single(host.Server.LogEntries);
    }

    [Fact]
    public async Task RunExtraction_422NoDocuments_ThrowsValidationWithTheVendorMessage()
    {
        using var host = Start();
        host.Respond("POST", $"/extractions/sessions/{SessionId}/results", 422, """{"message":"The session has no documents ready for extraction."}""");

        var error = await Assert.ThrowsAsync<SessionValidationException>(() => host.Api<IRaydocsResultsApi>().RunExtractionAsync(SessionId));

        Assert.Equal("The session has no documents ready for extraction.", error.VendorMessage);
        Assert.Empty(error.FieldErrors);
    }

    [Fact]
    public async Task GetSession_MalformedBody_ThrowsResponseException()
    {
        using var host = Start();
        host.Respond("GET", $"/extractions/sessions/{SessionId}", 200, """{"id": ["not", "a", "string"]""");

        await Assert.ThrowsAsync<SessionResponseException>(() => host.Client().GetSessionAsync(SessionId));
    }

    [Fact]
    public async Task GetSession_EmptyBody_ThrowsResponseException()
    {
        using var host = Start();
        host.Respond("GET", $"/extractions/sessions/{SessionId}", 200);

        await Assert.ThrowsAsync<SessionResponseException>(() => host.Client().GetSessionAsync(SessionId));
    }
}
