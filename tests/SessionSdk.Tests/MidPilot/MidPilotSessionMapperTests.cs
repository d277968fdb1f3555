using System.Text.Json;
using SessionSdk.Providers.MidPilot;

namespace SessionSdk.Tests.MidPilot;

public sealed class MidPilotSessionMapperTests
{
    [Fact]
    public void DocExample_MapsIdTimestampsAndDataAsMetadata()
    {
        var session = MidPilotSessionMapper.ToSession(MidPilotFixtures.Session("get-session-doc-example.json"), "midpilot");

        Assert.Equal("123e4567-e89b-12d3-a456-426614174000", session.Id);
        Assert.Equal("midpilot/123e4567-e89b-12d3-a456-426614174000", session.QualifiedId);
        Assert.Equal("midpilot.connector-session", session.Kind);
        Assert.Equal(SessionStatus.Unknown, session.Status);
        Assert.Null(session.RawStatus);
        Assert.Null(session.Name);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 30, 0, TimeSpan.Zero), session.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 35, 0, TimeSpan.Zero), session.UpdatedAt);

        Assert.NotNull(session.Metadata);
        Assert.Equal(["discoveryInput", "documentationItems", "scrapeInput"], session.Metadata.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("My API", session.Metadata["discoveryInput"].GetProperty("applicationName").GetString());
        Assert.Equal("https://api.example.com", session.Metadata["scrapeInput"].GetProperty("baseUrl").GetString());
        Assert.Equal(JsonValueKind.Array, session.Metadata["documentationItems"].ValueKind);
        Assert.Empty(session.AdditionalProperties);
        Assert.IsType<MidPilotSession>(session.RawRepresentation);
    }

    [Fact]
    public void JunkKeys_LandInAdditionalPropertiesAndBreakNothing()
    {
        var dto = MidPilotFixtures.Session("get-session-junk-keys.json");

        var session = MidPilotSessionMapper.ToSession(dto, "midpilot");

        Assert.Equal("123e4567-e89b-12d3-a456-426614174000", session.Id);
        Assert.NotNull(dto.AdditionalProperties);
        Assert.Equal(JsonValueKind.Object, dto.AdditionalProperties["200"].ValueKind);
        Assert.Equal(JsonValueKind.Object, dto.AdditionalProperties["404"].ValueKind);
        Assert.True(session.AdditionalProperties.ContainsKey("200"));
        Assert.True(session.AdditionalProperties.ContainsKey("404"));
        Assert.Equal(["discoveryInput", "documentationItems", "scrapeInput"], session.Metadata!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UnparsableTimestamps_AreNullAndKeptAsSent()
    {
        var session = MidPilotSessionMapper.ToSession(MidPilotFixtures.Session("get-session-junk-keys.json"), "midpilot");

        Assert.Null(session.CreatedAt);
        Assert.Null(session.UpdatedAt);
        Assert.Equal("<string>", session.AdditionalProperties["createdAt"].GetString());
        Assert.Equal("<string>", session.AdditionalProperties["updatedAt"].GetString());
        Assert.Equal("<string>", ((MidPilotSession)session.RawRepresentation!).CreatedAt);
    }

    [Fact]
    public void SummaryShape_HasNoMetadataAndKeepsMessage()
    {
        var session = MidPilotSessionMapper.ToSession(MidPilotFixtures.Session("get-session-summary.json"), "midpilot");

        Assert.Equal("9b2f6c1e-4d3a-4e8b-a1c2-7f0e5d4c3b2a", session.Id);
        Assert.Null(session.Metadata);
        Assert.Equal(SessionStatus.Unknown, session.Status);
        Assert.Equal("Session returned successfully.", session.AdditionalProperties["message"].GetString());
        Assert.Single(session.AdditionalProperties);
    }

    [Fact]
    public void OffsetTimestampsWithMicroseconds_ParseExactly()
    {
        var session = MidPilotSessionMapper.ToSession(MidPilotFixtures.Session("get-session-summary.json"), "midpilot");

        Assert.Equal(new DateTimeOffset(2026, 4, 8, 9, 15, 42, TimeSpan.Zero).AddTicks(1_234_560), session.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 8, 9, 20, 1, TimeSpan.Zero).AddTicks(6_543_210), session.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, session.CreatedAt!.Value.Offset);
    }

    [Fact]
    public void OlderCodeShape_MapsDataWithMicrosecondTimestamps()
    {
        var session = MidPilotSessionMapper.ToSession(MidPilotFixtures.Session("get-session-older-code.json"), "midpilot");

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero).AddTicks(10), session.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 45, 12, 500, TimeSpan.Zero), session.UpdatedAt);
        Assert.Equal("5c4b3a29-1807-4f6e-8d5c-4b3a29180765", session.Metadata!["discoveryJobId"].GetString());
        Assert.Equal(2, session.Metadata["objectClasses"].GetArrayLength());
    }

    [Fact]
    public void DataThatIsNotAnObject_IsKeptInAdditionalProperties()
    {
        var dto = JsonSerializer.Deserialize("""{"sessionId":"s-1","data":["unexpected"]}""", MidPilotJsonContext.Default.MidPilotSession)!;

        var session = MidPilotSessionMapper.ToSession(dto, "midpilot");

        Assert.Null(session.Metadata);
        Assert.Equal(JsonValueKind.Array, session.AdditionalProperties["data"].ValueKind);
    }

    [Fact]
    public void MissingSessionId_ThrowsResponseException()
    {
        var dto = JsonSerializer.Deserialize("""{"createdAt":"2026-03-10T10:30:00Z"}""", MidPilotJsonContext.Default.MidPilotSession)!;

        var error = Assert.Throws<SessionResponseException>(() => MidPilotSessionMapper.ToSession(dto, "midpilot"));
        Assert.Equal("midpilot", error.ProviderName);
    }

    [Theory]
    [InlineData("get-session-doc-example.json")]
    [InlineData("get-session-junk-keys.json")]
    [InlineData("get-session-summary.json")]
    [InlineData("get-session-older-code.json")]
    public void NoFieldLost(string fixture)
    {
        var json = MidPilotFixtures.Read(fixture);
        var dto = JsonSerializer.Deserialize(json, MidPilotJsonContext.Default.MidPilotSession)!;
        var session = MidPilotSessionMapper.ToSession(dto, "midpilot");

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var mapped = property.Name switch
            {
                "sessionId" => session.Id == property.Value.GetString(),
                "createdAt" => session.CreatedAt is not null,
                "updatedAt" => session.UpdatedAt is not null,
                "data" => session.Metadata is not null,
                _ => false,
            };
            Assert.True(
                mapped || session.AdditionalProperties.ContainsKey(property.Name),
                $"'{property.Name}' is neither mapped nor in AdditionalProperties.");
        }

        var roundTrip = JsonSerializer.Serialize((MidPilotSession)session.RawRepresentation!, MidPilotJsonContext.Default.MidPilotSession);
        Assert.True(MidPilotFixtures.JsonEquivalent(json, roundTrip), $"Round trip differs: {roundTrip}");
    }

    [Fact]
    public void ToString_NamesTheSessionOnly()
    {
        var dto = MidPilotFixtures.Session("get-session-doc-example.json");

        Assert.Equal("MidPilotSession 123e4567-e89b-12d3-a456-426614174000", dto.ToString());
    }
}
