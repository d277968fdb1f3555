using System.Text.Json;
using SessionSdk.Providers.Raydocs;

namespace SessionSdk.Tests.Raydocs;

/// <summary>Every documented payload: each JSON property lands in the common model or its AdditionalProperties, and the vendor object re-serializes to the input.</summary>
public sealed class RaydocsNoFieldLostTests
{
    private static readonly HashSet<string> SessionMapped = ["id", "name", "status", "created_at", "updated_at", "documents", "results"];
    private static readonly HashSet<string> DocumentMapped = ["id", "filename", "mime", "size", "sha256", "status", "workspace_id", "created_at"];
    private static readonly HashSet<string> ResultMapped = ["id", "status", "title", "data", "created_at", "completed_at"];

    public static TheoryData<string> SessionFixtures => ["get-session-schema.json", "get-session-example.json", "session-legacy.json", "session-workspace-uuid.json", "create-session.json"];

    [Theory]
    [MemberData(nameof(SessionFixtures))]
    public void Session_EveryPropertyIsMappedOrKept(string fixture)
    {
        using var input = JsonDocument.Parse(RaydocsFixtures.Text(fixture));
        var session = RaydocsFixtures.Mapped(fixture);

        foreach (var property in input.RootElement.EnumerateObject())
        {
            var kept = SessionMapped.Contains(property.Name)
                || (property.Name == "settings" && session.Metadata is not null)
                || session.AdditionalProperties.ContainsKey(property.Name);
            Assert.True(kept, $"session.{property.Name} is lost");
        }

        var documents = input.RootElement.TryGetProperty("documents", out var d) ? d.EnumerateArray().ToArray() : [];
        Assert.Equal(documents.Length, session.Documents.Count);
        for (var i = 0; i < documents.Length; i++)
        {
            AssertKept(documents[i], session.Documents[i].AdditionalProperties, DocumentMapped, $"documents[{i}]", name => name == "mime_type" && session.Documents[i].MimeType is not null);
        }

        var results = input.RootElement.TryGetProperty("results", out var r) ? r.EnumerateArray().ToArray() : [];
        Assert.Equal(results.Length, session.Results.Count);
        for (var i = 0; i < results.Length; i++)
        {
            AssertKept(results[i], session.Results[i].AdditionalProperties, ResultMapped, $"results[{i}]", name => name is "audit_data" or "reasoning" && session.Results[i].AuditData is not null);
        }
    }

    [Theory]
    [MemberData(nameof(SessionFixtures))]
    public void Session_RawRepresentationReserializesToTheInput(string fixture)
    {
        var text = RaydocsFixtures.Text(fixture);
        var raw = Assert.IsType<RaydocsExtractionSession>(RaydocsFixtures.Mapped(fixture).RawRepresentation);

        using var input = JsonDocument.Parse(text);
        RaydocsJsonAssert.DeepEqual(input.RootElement, JsonSerializer.SerializeToElement(raw, RaydocsJsonContext.Default.RaydocsExtractionSession));
    }

    [Theory]
    [InlineData("list-documents.json")]
    [InlineData("upload-documents.json")]
    public void DocumentPage_EveryPropertyIsMappedOrKeptAndReserializes(string fixture)
    {
        var text = RaydocsFixtures.Text(fixture);
        var page = JsonSerializer.Deserialize(text, RaydocsJsonContext.Default.RaydocsPageRaydocsDocument)!;
        using var input = JsonDocument.Parse(text);

        var items = input.RootElement.GetProperty("data").EnumerateArray().ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            var mapped = RaydocsSessionMapper.ToDocument(page.Data![i]);
            AssertKept(items[i], mapped.AdditionalProperties, DocumentMapped, $"data[{i}]", _ => false);
        }

        RaydocsJsonAssert.DeepEqual(input.RootElement, JsonSerializer.SerializeToElement(page, RaydocsJsonContext.Default.RaydocsPageRaydocsDocument));
    }

    [Fact]
    public void LegacyDocument_EveryPropertyIsMappedOrKeptAndReserializes()
    {
        var text = RaydocsFixtures.Text("legacy-document.json");
        var document = JsonSerializer.Deserialize(text, RaydocsJsonContext.Default.RaydocsDocument)!;
        using var input = JsonDocument.Parse(text);
        var mapped = RaydocsSessionMapper.ToDocument(document);

        AssertKept(input.RootElement, mapped.AdditionalProperties, DocumentMapped, "document", name => name == "mime_type" && mapped.MimeType is not null);
        RaydocsJsonAssert.DeepEqual(input.RootElement, JsonSerializer.SerializeToElement(document, RaydocsJsonContext.Default.RaydocsDocument));
    }

    [Theory]
    [InlineData("list-results-envelope.json")]
    [InlineData("list-results-bare.json")]
    public void ResultList_EveryPropertyIsMappedOrKept(string fixture)
    {
        using var input = JsonDocument.Parse(RaydocsFixtures.Text(fixture));
        var list = RaydocsFixtures.Results(fixture);
        var items = (input.RootElement.ValueKind == JsonValueKind.Array ? input.RootElement : input.RootElement.GetProperty("data")).EnumerateArray().ToArray();

        for (var i = 0; i < items.Length; i++)
        {
            var mapped = RaydocsSessionMapper.ToResult(list.Data[i]);
            AssertKept(items[i], mapped.AdditionalProperties, ResultMapped, $"results[{i}]", name => name is "audit_data" or "reasoning" && mapped.AuditData is not null);
        }
    }

    private static void AssertKept(JsonElement item, IReadOnlyDictionary<string, JsonElement> additional, HashSet<string> mapped, string path, Func<string, bool> mappedElsewhere)
    {
        foreach (var property in item.EnumerateObject())
        {
            // An explicit null carries nothing to lose.
            var kept = property.Value.ValueKind == JsonValueKind.Null
                || mapped.Contains(property.Name)
                || mappedElsewhere(property.Name)
                || additional.ContainsKey(property.Name);
            Assert.True(kept, $"{path}.{property.Name} is lost");
        }
    }
}
