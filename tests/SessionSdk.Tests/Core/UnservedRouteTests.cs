using System.Net;

namespace SessionSdk.Tests.Core;

/// <summary>A "no such route" 404 is not a missing session, where the vendor's framework words the two apart.</summary>
public sealed class UnservedRouteTests
{
    [Theory]
    [InlineData("""{"message":"The route extractions/sessions/1/results could not be found."}""")]
    [InlineData("""{"dateTime":"2026-01-01T00:00:00Z","message":"No handler found for POST /api/sessions/1/execute","incidentId":"i"}""")]
    [InlineData("""{"message":"No static resource api/sessions/1/execute."}""")]
    public void A404ForAMissingRoute_IsAPlainClientError_NotSessionNotFound(string body)
    {
        var error = SessionExceptionFactory.FromResponse("p", "Op", HttpStatusCode.NotFound, VendorErrorParser.Parse(body), body, null, null);

        Assert.IsNotType<SessionNotFoundException>(error);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData("""{"message":"Session not found."}""")]
    [InlineData("""{"detail":"Session 123e4567-e89b-12d3-a456-426614174000 not found"}""")]
    [InlineData("""{"detail":"Not Found"}""")]
    [InlineData("""{"error":{"code":"not_found","message":"Session not found."}}""")]
    [InlineData("")]
    public void A404ForAMissingSession_IsSessionNotFound(string body)
    {
        var error = SessionExceptionFactory.FromResponse("p", "Op", HttpStatusCode.NotFound, VendorErrorParser.Parse(body), body, null, null);

        Assert.IsType<SessionNotFoundException>(error);
    }
}
