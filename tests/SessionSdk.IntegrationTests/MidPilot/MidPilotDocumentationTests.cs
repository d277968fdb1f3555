using System.Text;
using Refit;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.MidPilot;
using static SessionSdk.IntegrationTests.MidPilot.MidPilotWire;

namespace SessionSdk.IntegrationTests.MidPilot;

public sealed class MidPilotDocumentationTests
{
    [Fact]
    public async Task ListDocumentation_ReadsDocumentsAndChunks()
    {
        using var host = Start();
        host.Respond("GET", SessionPath + "/documentation", 200, """
            [{"docId":"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee","chunks":[{"chunkId":"12345678-1234-4234-8234-123456789abc","source":"scraper","url":"https://api.example.com/docs","summary":"Users","content":"GET /users","metadata":{},"createdAt":"2026-04-08T09:30:00+00:00","scrapeJobIds":["66666666-7777-4888-9999-000000000000"]}]}]
            """);
        var api = host.Client().GetRequiredService<IMidPilotDocumentationApi>();

        var documents = await api.ListDocumentationAsync(Id);

        var chunk = Assert.Single(Assert.Single(documents).Chunks!);
        Assert.Equal(("scraper", "GET /users"), (chunk.Source, chunk.Content));
        Assert.Equal(["66666666-7777-4888-9999-000000000000"], chunk.ScrapeJobIds!);
        host.AssertCalls($"GET {SessionPath}/documentation");
    }

    [Fact]
    public async Task DeleteAllDocumentation_ReturnsDeletedCount()
    {
        using var host = Start();
        host.Respond("DELETE", SessionPath + "/documentation", 200, """{"message":"Documentation deleted","sessionId":"123e4567-e89b-12d3-a456-426614174000","deletedCount":7}""");
        var api = host.Client().GetRequiredService<IMidPilotDocumentationApi>();

        var result = await api.DeleteAllDocumentationAsync(Id);

        Assert.Equal(7, result.DeletedCount);
        host.AssertCalls($"DELETE {SessionPath}/documentation");
    }

    [Fact]
    public async Task UploadDocumentation_SendsMultipartFieldDocumentation()
    {
        using var host = Start();
        host.Respond("POST", SessionPath + "/documentation", 200, """{"jobId":"11111111-2222-4333-8444-555555555555"}""");
        var api = host.Client().GetRequiredService<IMidPilotDocumentationApi>();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("openapi: 3.0.0\ninfo: {title: Acme}\n"));

        var job = await api.UploadDocumentationAsync(Id, new StreamPart(file, "openapi.yaml", "application/octet-stream"));

        Assert.Equal("11111111-2222-4333-8444-555555555555", job.JobId);
        host.AssertCalls($"POST {SessionPath}/documentation");
        var request = host.Requests()[0];
        Assert.StartsWith("multipart/form-data", request.Header("Content-Type"), StringComparison.Ordinal);
        var body = Encoding.UTF8.GetString(request.BodyAsBytes ?? Encoding.UTF8.GetBytes(request.Body ?? string.Empty));
        Assert.Contains("name=documentation", body.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("filename=openapi.yaml", body.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("info: {title: Acme}", body, StringComparison.Ordinal);
    }
}
