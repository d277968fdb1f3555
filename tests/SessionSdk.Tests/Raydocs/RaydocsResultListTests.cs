using System.Text.Json;
using SessionSdk.Providers.Raydocs;

namespace SessionSdk.Tests.Raydocs;

public sealed class RaydocsResultListTests
{
    [Fact]
    public void Envelope_ReadsDataWithTheNewerStatusVocabulary()
    {
        var list = RaydocsFixtures.Results("list-results-envelope.json");

        Assert.False(list.IsBareArray);
        Assert.Equal(["created", "processing", "completed", "failed"], list.Data.Select(r => r.Status));
        var mapped = list.Data.Select(RaydocsSessionMapper.ToResult).ToArray();
        Assert.Equal(["created", "processing", "completed", "failed"], mapped.Select(r => r.RawStatus));
        Assert.Equal("Invoice #12345", mapped[2].Title);
        Assert.Equal("12345", mapped[2].Data!.Value.GetProperty("invoice_number").GetString());
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 10, 43, 0, TimeSpan.Zero), mapped[2].CompletedAt);
        Assert.Null(mapped[3].Data);
        Assert.Null(mapped[3].AuditData);
    }

    [Fact]
    public void BareArray_ReadsTheOlderShapeWithReasoning()
    {
        var list = RaydocsFixtures.Results("list-results-bare.json");

        Assert.True(list.IsBareArray);
        Assert.Null(list.Meta);
        var mapped = list.Data.Select(RaydocsSessionMapper.ToResult).ToArray();
        Assert.Equal(["pending", "completed"], mapped.Select(r => r.RawStatus));
        Assert.Equal("Page 1.", mapped[1].AuditData!.Value.GetProperty("party").GetString());
    }

    [Fact]
    public void RunExtractionResult_KeepsTheParsingPendingStatus()
    {
        var result = JsonSerializer.Deserialize(RaydocsFixtures.Text("run-extraction.json"), RaydocsJsonContext.Default.RaydocsResult)!;

        Assert.Equal("parsing_pending", RaydocsSessionMapper.ToResult(result).RawStatus);
    }

    [Theory]
    [InlineData("list-results-envelope.json")]
    [InlineData("list-results-bare.json")]
    public void ResultList_WritesBackInTheShapeItCameIn(string fixture)
    {
        var text = RaydocsFixtures.Text(fixture);
        var list = JsonSerializer.Deserialize(text, RaydocsJsonContext.Default.RaydocsResultList)!;

        using var input = JsonDocument.Parse(text);
        RaydocsJsonAssert.DeepEqual(input.RootElement, JsonSerializer.SerializeToElement(list, RaydocsJsonContext.Default.RaydocsResultList));
    }

    [Fact]
    public void EnvelopeWithMetaAndExtras_KeepsThem()
    {
        var json = """{"data":[],"meta":{"current_page":2,"last_page":2,"per_page":15,"total":16,"from":16},"links":{"next":null}}""";
        var list = JsonSerializer.Deserialize(json, RaydocsJsonContext.Default.RaydocsResultList)!;

        Assert.Empty(list.Data);
        Assert.Equal(2, list.Meta!.CurrentPage);
        Assert.Equal(16, list.Meta.AdditionalProperties!["from"].GetInt32());
        Assert.True(list.AdditionalProperties!.ContainsKey("links"));
    }

    [Fact]
    public void NeitherObjectNorArray_IsAJsonError()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"nope\"", RaydocsJsonContext.Default.RaydocsResultList));
    }

    [Fact]
    public void DocumentsPage_ReadsDataAndMeta()
    {
        var page = JsonSerializer.Deserialize(RaydocsFixtures.Text("list-documents.json"), RaydocsJsonContext.Default.RaydocsPageRaydocsDocument)!;

        Assert.Equal(3, page.Meta!.LastPage);
        Assert.Equal(31, page.Meta.Total);
        var document = RaydocsSessionMapper.ToDocument(Assert.Single(page.Data!));
        Assert.Equal("660e8400-e29b-41d4-a716-446655440000", document.WorkspaceId);
        Assert.Equal("application/pdf", document.MimeType);
    }
}
