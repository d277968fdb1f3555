using System.Text.Json;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.Tests.Kodexa;

public sealed class KodexaSessionMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static KodexaSession ReadSession(string fixture) =>
        JsonSerializer.Deserialize(JsonFixture.Read("Kodexa", fixture), KodexaJsonContext.Default.KodexaSession)!;

    private static KodexaOrchestratorAgentSession ReadAgent(string fixture) =>
        JsonSerializer.Deserialize(JsonFixture.Read("Kodexa", fixture), KodexaJsonContext.Default.KodexaOrchestratorAgentSession)!;

    [Fact]
    public void DocExample_MapsEveryCommonField()
    {
        var session = KodexaSessionMapper.ToSession(ReadSession("session-doc-example.json"), "kodexa");

        Assert.Equal("<string>", session.Id);
        Assert.Equal("kodexa/<string>", session.QualifiedId);
        Assert.Equal("kodexa.session", session.Kind);
        Assert.Equal("<string>", session.OrganizationId);
        Assert.Equal("Acme Corp", session.OrganizationName);
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero), session.CreatedAt);
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero), session.UpdatedAt);
        Assert.Equal("123", session.Version);
        Assert.Equal("550e8400-e29b-41d4-a716-446655440000", session.AdditionalProperties["organization"].GetProperty("id").GetString());
        Assert.Equal("550e8400e29b41d4a716446655440000", session.AdditionalProperties["organization"].GetProperty("uuid").GetString());
        Assert.Null(session.Name);
        Assert.Null(session.LastActivityAt);
        Assert.Empty(session.Documents);
    }

    [Theory]
    [InlineData("session-open-2022.json", "OPEN", "active")]
    [InlineData("session-closed-no-org-id.json", "CLOSED", "closed")]
    [InlineData("session-unknown-state.json", "ARCHIVED_BY_ADMIN", "unknown")]
    [InlineData("session-doc-example.json", "<string>", "unknown")]
    public void State_IsNormalizedAndRawIsKept(string fixture, string raw, string normalized)
    {
        var session = KodexaSessionMapper.ToSession(ReadSession(fixture), "kodexa");

        Assert.Equal(raw, session.RawStatus);
        Assert.Equal(new SessionStatus(normalized), session.Status);
    }

    [Fact]
    public void LegacySession_LastAccessedWithMicroseconds_IsLastActivity()
    {
        var session = KodexaSessionMapper.ToSession(ReadSession("session-open-2022.json"), "kodexa");

        Assert.Equal(DateTimeOffset.Parse("2022-09-01T10:04:59.999999Z", System.Globalization.CultureInfo.InvariantCulture), session.LastActivityAt);
        Assert.Equal(new DateTimeOffset(2022, 9, 1, 8, 5, 0, TimeSpan.Zero), session.UpdatedAt);
    }

    [Theory]
    [InlineData("session-open-2022.json", "8a8a8a8a111122223333444444444444")]
    [InlineData("session-closed-no-org-id.json", "6f1d2c3b-aaaa-bbbb-cccc-ddddeeeeffff")]
    public void Uuid_WithOrWithoutHyphens_IsKeptVerbatim(string fixture, string uuid)
    {
        var session = KodexaSessionMapper.ToSession(ReadSession(fixture), "kodexa");

        Assert.Equal(uuid, session.AdditionalProperties["uuid"].GetString());
    }

    [Fact]
    public void MissingOrganizationId_FallsBackToOrganizationObject()
    {
        var session = KodexaSessionMapper.ToSession(ReadSession("session-closed-no-org-id.json"), "kodexa");

        Assert.Equal("org-from-object", session.OrganizationId);
        Assert.Equal("Beta Ltd", session.OrganizationName);
    }

    [Fact]
    public void UnknownFields_AreKeptInAdditionalProperties()
    {
        var session = KodexaSessionMapper.ToSession(ReadSession("session-closed-no-org-id.json"), "kodexa");

        Assert.Equal("kept", session.AdditionalProperties["anotherNewThing"].GetString());
        Assert.Equal(3, session.AdditionalProperties["futureField"].GetProperty("nested").GetArrayLength());
    }

    [Fact]
    public void Token_IsNeverCopiedOutOfTheVendorObject()
    {
        var session = KodexaSessionMapper.ToSession(ReadSession("session-open-2022.json"), "kodexa");
        const string token = "tok-very-secret-0001";

        Assert.DoesNotContain(token, session.ToString(), StringComparison.Ordinal);
        Assert.Null(session.Metadata);
        Assert.DoesNotContain(session.AdditionalProperties, p => p.Value.GetRawText().Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(token, session.RawRepresentation!.ToString(), StringComparison.Ordinal);
        Assert.Equal(token, Assert.IsType<KodexaSession>(session.RawRepresentation).Token);
    }

    [Fact]
    public void AgentDocExample_MapsEveryCommonField()
    {
        var session = KodexaSessionMapper.ToSession(ReadAgent("agent-session-doc-example.json"), "kodexa-agents", Now);

        Assert.Equal("kodexa.orchestrator-agent-session", session.Kind);
        Assert.Equal("<string>", session.RawStatus);
        Assert.Equal(SessionStatus.Expired, session.Status);
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero), session.ExpiresAt);
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero), session.LastActivityAt);
        Assert.NotNull(session.Metadata);
        Assert.Empty(session.Metadata!);
        Assert.Equal("<string>", session.AdditionalProperties["agentRuntimeId"].GetString());
        Assert.Equal("<string>", session.AdditionalProperties["runtimeSessionId"].GetString());
        Assert.Equal("123", session.Version);
    }

    [Fact]
    public void AgentWithNullTimes_MapsToNullAndKeepsMetadata()
    {
        var session = KodexaSessionMapper.ToSession(ReadAgent("agent-session-nulls.json"), "kodexa-agents", Now);

        Assert.Null(session.ExpiresAt);
        Assert.Null(session.LastActivityAt);
        Assert.Equal(SessionStatus.Running, session.Status);
        Assert.Equal("extract", session.Metadata!["step"].GetString());
        Assert.Equal("t-9", session.Metadata["context"].GetProperty("taskId").GetString());
        Assert.Equal("pe-77", session.AdditionalProperties["pipelineExecutionId"].GetString());
    }

    [Fact]
    public void AgentPastExpiry_IsExpiredButATerminalStatusWins()
    {
        var running = new KodexaOrchestratorAgentSession { Id = "a", Status = "RUNNING", ExpiresAt = Now.AddMinutes(-1) };
        var completed = new KodexaOrchestratorAgentSession { Id = "b", Status = "COMPLETED", ExpiresAt = Now.AddMinutes(-1) };
        var fresh = new KodexaOrchestratorAgentSession { Id = "c", Status = "RUNNING", ExpiresAt = Now.AddMinutes(1) };

        Assert.Equal(SessionStatus.Expired, KodexaSessionMapper.ToSession(running, "k", Now).Status);
        Assert.Equal(SessionStatus.Completed, KodexaSessionMapper.ToSession(completed, "k", Now).Status);
        Assert.Equal(SessionStatus.Running, KodexaSessionMapper.ToSession(fresh, "k", Now).Status);
    }

    [Fact]
    public void SessionWithoutId_IsATypedResponseError()
    {
        var error = Assert.Throws<SessionResponseException>(() => KodexaSessionMapper.ToSession(new KodexaSession { State = "OPEN" }, "kodexa"));

        Assert.Equal("kodexa", error.ProviderName);
    }
}
