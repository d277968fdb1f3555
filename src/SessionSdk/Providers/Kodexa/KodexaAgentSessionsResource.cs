using System.Text.Json.Serialization.Metadata;

namespace SessionSdk.Providers.Kodexa;

/// <summary><c>/api/orchestrator-agent-sessions</c> through <see cref="IKodexaOrchestratorAgentSessionsApi"/>.</summary>
internal sealed class KodexaAgentSessionsResource(
    string providerName,
    Func<IKodexaOrchestratorAgentSessionsApi> api,
    Func<IKodexaAgentSessionReads> reads) : IKodexaResource<KodexaOrchestratorAgentSession>
{
    public string Kind => KodexaSessionMapper.AgentSessionKind;

    public JsonTypeInfo<KodexaOrchestratorAgentSession> TypeInfo => KodexaJsonContext.Default.KodexaOrchestratorAgentSession;

    public bool HasMetadata => true;

    public object? CreateApi(Type serviceType) => api() is var agents && serviceType.IsInstanceOfType(agents) ? agents : null;

    public Task<KodexaOrchestratorAgentSession?> GetAsync(string id, CancellationToken cancellationToken) =>
        SessionResponseBody.ReadAsync(reads().GetSessionAsync(id, cancellationToken), TypeInfo, providerName, "GetSession", cancellationToken);

    public Task<KodexaPage<KodexaOrchestratorAgentSession>?> ListAsync(int? page, int? pageSize, IEnumerable<string>? sort, string? filter, string? query, CancellationToken cancellationToken) =>
        SessionResponseBody.ReadAsync(
            reads().ListSessionsAsync(page, pageSize, sort, filter, query, cancellationToken),
            KodexaJsonContext.Default.KodexaPageKodexaOrchestratorAgentSession,
            providerName,
            "ListSessions",
            cancellationToken);

    public Task<KodexaOrchestratorAgentSession> CreateAsync(KodexaOrchestratorAgentSession session, CancellationToken cancellationToken) => api().CreateSessionAsync(session, cancellationToken);

    public Task<KodexaOrchestratorAgentSession> UpdateAsync(string id, KodexaOrchestratorAgentSession session, CancellationToken cancellationToken) => api().UpdateSessionAsync(id, session, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken) => api().DeleteSessionAsync(id, cancellationToken);

    public int? GetVersion(KodexaOrchestratorAgentSession session) => session.ChangeSequence;

    public Session Map(KodexaOrchestratorAgentSession session, string providerName, DateTimeOffset now) => KodexaSessionMapper.ToSession(session, providerName, now);
}
