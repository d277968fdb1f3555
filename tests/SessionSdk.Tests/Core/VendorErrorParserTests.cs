namespace SessionSdk.Tests.Core;

public sealed class VendorErrorParserTests
{
    [Fact]
    public void ErrorEnvelope_GivesCodeAndMessage()
    {
        var error = VendorErrorParser.Parse("""{"error":{"code":"not_found","message":"Session not found"}}""");

        Assert.Equal("not_found", error.Code);
        Assert.Equal("Session not found", error.Message);
    }

    [Fact]
    public void DetailString_GivesMessage()
    {
        var error = VendorErrorParser.Parse("""{"detail":"Session 123 not found"}""");

        Assert.Equal("Session 123 not found", error.Message);
    }

    [Fact]
    public void DetailArray_GivesFieldErrors()
    {
        var error = VendorErrorParser.Parse("""{"detail":[{"loc":["path","session_id"],"msg":"Input should be a valid UUID","type":"uuid_parsing","input":"nope"}]}""");

        var field = Assert.Single(error.FieldErrors);
        Assert.Equal("path.session_id", field.Field);
        Assert.Equal("uuid_parsing", field.Code);
        Assert.Contains("valid UUID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpringExceptionResponse_GivesMessageFieldErrorsAndIncident()
    {
        var error = VendorErrorParser.Parse("""{"dateTime":"2024-01-01T00:00:00Z","message":"Validation failed","incidentId":"inc-9","errors":{"state":{"message":"must be OPEN or CLOSED"},"id":"must not be blank"}}""");

        Assert.Equal("Validation failed", error.Message);
        Assert.Equal("inc-9", error.IncidentId);
        Assert.Contains(error.FieldErrors, f => f.Field == "state" && f.Message == "must be OPEN or CLOSED");
        Assert.Contains(error.FieldErrors, f => f.Field == "id" && f.Message == "must not be blank");
    }

    [Fact]
    public void LaravelErrors_GiveOneFieldErrorPerMessage()
    {
        var error = VendorErrorParser.Parse("""{"message":"The given data was invalid.","errors":{"extraction_template_id":["The extraction template id field is required.","Another."]}}""");

        Assert.Equal(2, error.FieldErrors.Count);
        Assert.All(error.FieldErrors, f => Assert.Equal("extraction_template_id", f.Field));
    }

    [Fact]
    public void ProblemJson_GivesTitle()
    {
        var error = VendorErrorParser.Parse("""{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Missing API key"}""");

        Assert.Equal("Missing API key", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("{\"message\": \"trunc")]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    public void UnexpectedBodies_GiveNothingAndNeverThrow(string? body)
    {
        var error = VendorErrorParser.Parse(body);

        Assert.Null(error.Message);
        Assert.Empty(error.FieldErrors);
    }

    [Fact]
    public void HugeMessages_AreCapped()
    {
        var error = VendorErrorParser.Parse("{\"message\":\"" + new string('x', 10_000) + "\"}");

        Assert.True(error.Message!.Length <= 513);
    }
}
