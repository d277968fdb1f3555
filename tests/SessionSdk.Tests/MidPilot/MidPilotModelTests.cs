using System.Text.Json;
using SessionSdk.Providers.MidPilot;

namespace SessionSdk.Tests.MidPilot;

public sealed class MidPilotModelTests
{
    [Fact]
    public void Jobs_ReadEveryDocumentedFieldAndRoundTrip()
    {
        var json = MidPilotFixtures.Read("session-jobs.json");

        var jobs = JsonSerializer.Deserialize(json, MidPilotJsonContext.Default.MidPilotSessionJobs)!;

        Assert.Equal("9b2f6c1e-4d3a-4e8b-a1c2-7f0e5d4c3b2a", jobs.SessionId);
        Assert.Equal(2, jobs.Jobs!.Count);
        var finished = jobs.Jobs[0];
        Assert.Equal(("discovery", "finished"), (finished.Type, finished.Status));
        Assert.Equal("2026-04-08T09:16:01.000000+00:00", finished.StartedAt);
        Assert.Equal("2026-04-08T09:17:00.200000+00:00", finished.FinishedAt);
        var queued = jobs.Jobs[1];
        Assert.Equal("queued", queued.Status);
        Assert.Null(queued.UpdatedAt);
        Assert.Null(queued.StartedAt);
        Assert.True(MidPilotFixtures.JsonEquivalent(json, JsonSerializer.Serialize(jobs, MidPilotJsonContext.Default.MidPilotSessionJobs)));
    }

    [Fact]
    public void Documentation_ReadsChunksAndRoundTrips()
    {
        var json = MidPilotFixtures.Read("documentation-list.json");

        var documents = JsonSerializer.Deserialize(json, MidPilotJsonContext.Default.ListMidPilotDocumentation)!;

        var chunk = Assert.Single(Assert.Single(documents).Chunks!);
        Assert.Equal("upload", chunk.Source);
        Assert.Null(chunk.Summary);
        Assert.Equal(1, chunk.Metadata!.Value.GetProperty("page").GetInt32());
        Assert.True(MidPilotFixtures.JsonEquivalent(json, JsonSerializer.Serialize(documents, MidPilotJsonContext.Default.ListMidPilotDocumentation)));
    }

    [Fact]
    public void UpdateBody_IsExactlyDataObject()
    {
        var body = new MidPilotSessionUpdate { Data = new() { ["scrapeInput"] = new System.Text.Json.Nodes.JsonObject { ["baseUrl"] = "https://x" } } };

        Assert.Equal("""{"data":{"scrapeInput":{"baseUrl":"https://x"}}}""", JsonSerializer.Serialize(body, MidPilotJsonContext.Default.MidPilotSessionUpdate));
    }

    [Fact]
    public void ValidationError_ParsesFieldPathAndType()
    {
        var error = VendorErrorParser.Parse(MidPilotFixtures.Read("error-422-uuid.json"));

        var field = Assert.Single(error.FieldErrors);
        Assert.Equal("path.session_id", field.Field);
        Assert.Equal("uuid_parsing", field.Code);
        Assert.StartsWith("Input should be a valid UUID", field.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotFoundError_ReadsStringDetail()
    {
        var error = VendorErrorParser.Parse("""{"detail":"Session 123e4567-e89b-12d3-a456-426614174000 not found"}""");

        Assert.Equal("Session 123e4567-e89b-12d3-a456-426614174000 not found", error.Message);
        Assert.Empty(error.FieldErrors);
    }
}
