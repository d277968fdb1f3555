namespace SessionSdk.Sandbox.Kodexa;

/// <summary>Which of Kodexa's two session resources a collection holds, and the field types it checks.</summary>
internal sealed class KodexaResource
{
    public static readonly KodexaResource Sessions = new(
        "sessions",
        "Session",
        isAgent: false,
        strings: ["id", "uuid", "organizationId", "state", "token"],
        timestamps: ["createdOn", "updatedOn", "lastAccessed"],
        objects: ["organization"]);

    public static readonly KodexaResource AgentSessions = new(
        "orchestrator-agent-sessions",
        "OrchestratorAgentSession",
        isAgent: true,
        strings: ["id", "uuid", "organizationId", "agentRuntimeId", "runtimeSessionId", "status"],
        timestamps: ["createdOn", "updatedOn", "expiresAt", "lastInvokedAt"],
        objects: ["metadata"]);

    private KodexaResource(string path, string noun, bool isAgent, string[] strings, string[] timestamps, string[] objects)
    {
        Path = path;
        Noun = noun;
        IsAgent = isAgent;
        StringFields = strings;
        TimestampFields = timestamps;
        ObjectFields = objects;
    }

    /// <summary>Gets the path segment under <c>/api/</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the entity name used in messages.</summary>
    public string Noun { get; }

    public bool IsAgent { get; }

    public IReadOnlyList<string> StringFields { get; }

    public IReadOnlyList<string> TimestampFields { get; }

    public IReadOnlyList<string> ObjectFields { get; }
}
