using System.Text.Json;
using System.Text.Json.Nodes;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.Tests.Kodexa;

/// <summary>For every documented Kodexa payload, each field is mapped into Session or reachable through AdditionalProperties / RawRepresentation.</summary>
public sealed class KodexaNoFieldLostTests
{
    // Fields with a common slot. "token" is deliberately only in RawRepresentation: it is a secret.
    private static readonly HashSet<string> SessionMapped = ["id", "state", "organizationId", "createdOn", "updatedOn", "lastAccessed", "changeSequence", "token"];
    private static readonly HashSet<string> AgentMapped = ["id", "status", "organizationId", "createdOn", "updatedOn", "lastInvokedAt", "expiresAt", "changeSequence", "metadata"];

    public static TheoryData<string> SessionFixtures() => new(JsonFixture.Names("Kodexa").Where(n => n.StartsWith("session-", StringComparison.Ordinal)));

    public static TheoryData<string> AgentFixtures() => new(JsonFixture.Names("Kodexa").Where(n => n.StartsWith("agent-", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(SessionFixtures))]
    public void Session_EveryFieldIsMappedOrKept(string fixture)
    {
        var json = JsonFixture.Read("Kodexa", fixture);
        var dto = JsonSerializer.Deserialize(json, KodexaJsonContext.Default.KodexaSession)!;
        var session = KodexaSessionMapper.ToSession(dto, "kodexa");

        AssertEveryFieldAccountedFor(JsonNode.Parse(json)!.AsObject(), SessionMapped, session);
        JsonFixture.AssertContains(JsonNode.Parse(json), JsonSerializer.SerializeToNode((KodexaSession)session.RawRepresentation!, KodexaJsonContext.Default.KodexaSession));
    }

    [Theory]
    [MemberData(nameof(AgentFixtures))]
    public void AgentSession_EveryFieldIsMappedOrKept(string fixture)
    {
        var json = JsonFixture.Read("Kodexa", fixture);
        var dto = JsonSerializer.Deserialize(json, KodexaJsonContext.Default.KodexaOrchestratorAgentSession)!;
        var session = KodexaSessionMapper.ToSession(dto, "kodexa-agents", DateTimeOffset.UnixEpoch);

        AssertEveryFieldAccountedFor(JsonNode.Parse(json)!.AsObject(), AgentMapped, session);
        JsonFixture.AssertContains(JsonNode.Parse(json), JsonSerializer.SerializeToNode((KodexaOrchestratorAgentSession)session.RawRepresentation!, KodexaJsonContext.Default.KodexaOrchestratorAgentSession));
    }

    private static void AssertEveryFieldAccountedFor(JsonObject input, HashSet<string> mapped, Session session)
    {
        foreach (var (name, _) in input)
        {
            Assert.True(
                mapped.Contains(name) || session.AdditionalProperties.ContainsKey(name),
                $"'{name}' is neither mapped into Session nor kept in AdditionalProperties");
        }
    }
}
