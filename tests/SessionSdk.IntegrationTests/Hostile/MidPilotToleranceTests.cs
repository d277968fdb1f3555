using Refit;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.MidPilot;

namespace SessionSdk.IntegrationTests.Hostile;

/// <summary>What midPilot's own OpenAPI file allows, and what a widely used validator chokes on.</summary>
public sealed class MidPilotToleranceTests
{
    private const string Id = "123e4567-e89b-12d3-a456-426614174000";

    [Fact]
    public async Task GetWithoutSessionId_FallsBackToTheIdAskedFor()
    {
        await using var run = RawRun.Start(
            request => request.Method == "POST"
                ? RawHttpServer.Response(201, $$"""{"sessionId":"{{Id}}"}""")
                : RawHttpServer.Response(200, """{"data":{"discoveryInput":{"applicationName":"My API"}},"createdAt":"2026-03-10T10:30:00Z"}"""),
            (b, uri) => b.AddMidPilot(o => o.BaseAddress = uri));
        var client = run.Client("midpilot");

        var read = await client.GetSessionAsync(Id);
        var created = await client.CreateSessionAsync(new CreateSessionRequest());

        Assert.Equal(Id, read.Id);
        Assert.Equal(Id, created.Id);
        Assert.Equal("My API", read.Metadata!["discoveryInput"].GetProperty("applicationName").GetString());
    }

    [Fact]
    public async Task MultipartUpload_QuotesItsPartNames()
    {
        await using var run = RawRun.Start(
            _ => RawHttpServer.Response(202, """{"jobId":"j-1"}"""),
            (b, uri) => b.AddMidPilot(o => o.BaseAddress = uri));
        var api = run.Services.GetRequiredService<IMidPilotDocumentationApi>();

        await api.UploadDocumentationAsync(Id, new StreamPart(new MemoryStream("openapi: 3.1.0"u8.ToArray()), "openapi.yaml", "application/octet-stream"));

        var body = Assert.Single(run.Server.Requests).BodyText;
        Assert.Contains("name=\"documentation\"", body, StringComparison.Ordinal);
        Assert.Contains("filename=\"openapi.yaml\"", body, StringComparison.Ordinal);
    }
}
