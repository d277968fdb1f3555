namespace SessionSdk.Providers.Kodexa;

/// <summary>Kodexa's two session resources.</summary>
internal static class KodexaResources
{
    /// <summary><c>/api/sessions</c>; its legacy sub-resources are on <see cref="IKodexaSessionExecutionsApi"/>.</summary>
    public static KodexaResource<KodexaSession> Sessions { get; } = new(
        "sessions",
        KodexaSessionMapper.SessionKind,
        HasMetadata: false,
        KodexaJsonContext.Default.KodexaSession,
        KodexaJsonContext.Default.KodexaPageKodexaSession,
        static s => s.ChangeSequence,
        static (s, providerName, _) => KodexaSessionMapper.ToSession(s, providerName),
        [typeof(IKodexaSessionsApi), typeof(IKodexaSessionExecutionsApi)]);

    /// <summary><c>/api/orchestrator-agent-sessions</c>.</summary>
    public static KodexaResource<KodexaOrchestratorAgentSession> AgentSessions { get; } = new(
        "orchestrator-agent-sessions",
        KodexaSessionMapper.AgentSessionKind,
        HasMetadata: true,
        KodexaJsonContext.Default.KodexaOrchestratorAgentSession,
        KodexaJsonContext.Default.KodexaPageKodexaOrchestratorAgentSession,
        static s => s.ChangeSequence,
        KodexaSessionMapper.ToSession,
        [typeof(IKodexaOrchestratorAgentSessionsApi)]);
}
