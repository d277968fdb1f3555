using System.Text.Json.Nodes;
using System.Text;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.Raydocs;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static SessionSdk.IntegrationTests.Raydocs.RaydocsWire;

namespace SessionSdk.IntegrationTests.Raydocs;

/// <summary>UploadDocumentAsync: signed URL (with the token), PUT to storage (without it), upload key (with it).</summary>
public sealed class RaydocsUploadWorkflowTests
{
    private const string Signature = "X-Amz-Signature=5e1f9c0ab7";

    [Fact]
    public async Task UploadDocument_PutsTheBytesWithTheSignedHeaders_WithoutTheToken_ThenUploadsTheKey()
    {
        using var host = Start();
        SignedUrl(host, $"{host.BaseAddress}bucket/tmp/9b2c?{Signature}", """{"Host":["bucket.s3.amazonaws.com"],"Content-Type":"application/pdf","x-amz-acl":["private"]}""");
        host.Server.Given(Request.Create().WithPath("/bucket/tmp/9b2c").UsingPut()).RespondWith(Response.Create().WithStatusCode(200));
        host.Respond("POST", $"/extractions/sessions/{SessionId}/documents/upload", 200, """{"data":[{"id":"d1","filename":"9b2c.pdf","mime":"application/pdf","size":5,"status":"uploaded"}]}""");
        using var file = new MemoryStream(Encoding.ASCII.GetBytes("%PDF-"));

        var document = await host.Client().UploadDocumentAsync(SessionId, file, "application/pdf");

        Assert.Equal("d1", document.Id);
        var calls = RecordedRequests.All(host.Server);
        Assert.Equal(["POST /vapor/signed-storage-url", "PUT /bucket/tmp/9b2c", $"POST /extractions/sessions/{SessionId}/documents/upload"], calls.Select(c => $"{c.RequestMessage!.Method} {c.RequestMessage.Path}").ToArray());
        Assert.Equal("Bearer " + Token, calls[0].Header("Authorization"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"content_type":"application/pdf","visibility":"private"}"""), JsonNode.Parse(calls[0].RequestMessage!.Body!)));
        var put = calls[1];
        Assert.Null(put.Header("Authorization"));
        Assert.Equal("private", put.Header("x-amz-acl"));
        Assert.StartsWith("application/pdf", put.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("5e1f9c0ab7", put.Query("X-Amz-Signature"));
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(put.RequestMessage!.BodyAsBytes!));
        Assert.Equal("Bearer " + Token, calls[2].Header("Authorization"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"keys":["tmp/9b2c"]}"""), JsonNode.Parse(calls[2].RequestMessage!.Body!)));
        Assert.True(file.CanRead, "the caller's stream was disposed");
    }

    [Fact]
    public async Task UploadDocument_StorageRefusesThePut_IsATypedError_WithoutTheSignedUrl_AndNothingIsUploaded()
    {
        using var host = Start();
        SignedUrl(host, $"{host.BaseAddress}bucket/tmp/9b2c?{Signature}", """{"Content-Type":"application/pdf"}""");
        host.Server.Given(Request.Create().WithPath("/bucket/tmp/9b2c").UsingPut()).RespondWith(Response.Create().WithStatusCode(403)
            .WithHeader("Content-Type", "application/xml").WithBody("<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"));

        var error = await Assert.ThrowsAsync<SessionAuthenticationException>(() =>
            host.Client().UploadDocumentAsync(SessionId, new MemoryStream([1]), "application/pdf"));

        Assert.Equal("raydocs", error.ProviderName);
        Assert.Equal("UploadFile", error.Operation);
        Assert.DoesNotContain("5e1f9c0ab7", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, RecordedRequests.All(host.Server).Count);
    }

    [Theory]
    [InlineData("http://storage.example.invalid/tmp/9b2c", """{"Content-Type":"application/pdf"}""")]
    [InlineData("/tmp/9b2c", """{"Content-Type":"application/pdf"}""")]
    [InlineData(null, """{"Content-Type":"application/pdf"}""")]
    [InlineData("SAME", """{"x-amz-acl":"private\r\nAuthorization: Bearer stolen"}""")]
    [InlineData("SAME", """{"x-amz-acl":{"value":"private"}}""")]
    public async Task UploadDocument_AnUnsafeSignedUrlOrHeader_IsRefusedBeforeAnyPut(string? url, string headers)
    {
        using var host = Start();
        SignedUrl(host, url == "SAME" ? $"{host.BaseAddress}bucket/tmp/9b2c" : url, headers);

        var error = await Assert.ThrowsAsync<SessionResponseException>(() =>
            host.Client().UploadDocumentAsync(SessionId, new MemoryStream([1]), "application/pdf"));

        Assert.Equal("raydocs", error.ProviderName);
        Assert.Equal("POST /vapor/signed-storage-url", Assert.Single(RecordedRequests.All(host.Server)).RequestMessage!.Method + " " + RecordedRequests.All(host.Server)[0].RequestMessage!.Path);
    }

    [Fact]
    public async Task UploadDocument_OnAClientOfAnotherProvider_IsAnArgumentError()
    {
        using var host = SessionTestHost.Start((builder, uri) => builder.AddMidPilot(o => o.BaseAddress = uri));

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client("midpilot").UploadDocumentAsync(SessionId, new MemoryStream([1]), "application/pdf"));
        Assert.Empty(RecordedRequests.All(host.Server));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a type")]
    [InlineData("application/pdf\r\nAuthorization: x")]
    public async Task UploadDocument_ABadContentType_IsAnArgumentError_BeforeAnyRequest(string contentType)
    {
        using var host = Start();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => host.Client().UploadDocumentAsync(SessionId, new MemoryStream([1]), contentType));
        Assert.Empty(RecordedRequests.All(host.Server));
    }

    private static void SignedUrl(SessionTestHost host, string? url, string headers) =>
        host.Respond("POST", "/vapor/signed-storage-url", 201, $$"""{"uuid":"9b2c","bucket":"b","key":"tmp/9b2c","url":{{(url is null ? "null" : "\"" + url + "\"")}},"headers":{{headers}}}""");
}
