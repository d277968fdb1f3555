using Refit;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// Kodexa's <c>/api/orchestrator-agent-sessions</c> resource (Refit, source-generated). Create is documented;
/// get, list, update and delete follow Kodexa's generic CRUD convention.
/// </summary>
[Headers("Accept: application/json")]
public interface IKodexaOrchestratorAgentSessionsApi
{
    /// <summary>Reads an agent session (<c>GET /api/orchestrator-agent-sessions/{id}</c>).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The agent session.</returns>
    [Get("/api/orchestrator-agent-sessions/{id}")]
    Task<KodexaOrchestratorAgentSession> GetSessionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists agent sessions (<c>GET /api/orchestrator-agent-sessions</c>), one Spring page at a time.</summary>
    /// <param name="page">The page index (as for <see cref="IKodexaSessionsApi.ListSessionsAsync"/>: <see langword="null"/> for the first page).</param>
    /// <param name="pageSize">Items per page.</param>
    /// <param name="sort"><c>field,direction</c> pairs; repeatable.</param>
    /// <param name="filter">An RSQL/FIQL filter expression.</param>
    /// <param name="query">A simple text query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/api/orchestrator-agent-sessions")]
    Task<KodexaPage<KodexaOrchestratorAgentSession>> ListSessionsAsync(
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        [Query(CollectionFormat.Multi)][AliasAs("sort")] IEnumerable<string>? sort = null,
        [AliasAs("filter")] string? filter = null,
        [AliasAs("query")] string? query = null,
        CancellationToken cancellationToken = default);

    /// <summary>Creates an agent session (<c>POST /api/orchestrator-agent-sessions</c>).</summary>
    /// <param name="session">The session; server-managed fields may be left null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created agent session.</returns>
    [Post("/api/orchestrator-agent-sessions")]
    Task<KodexaOrchestratorAgentSession> CreateSessionAsync([Body] KodexaOrchestratorAgentSession session, CancellationToken cancellationToken = default);

    /// <summary>Replaces an agent session (<c>PUT /api/orchestrator-agent-sessions/{id}</c>).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="session">The full session, with the <c>changeSequence</c> you read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated agent session.</returns>
    [Put("/api/orchestrator-agent-sessions/{id}")]
    Task<KodexaOrchestratorAgentSession> UpdateSessionAsync(string id, [Body] KodexaOrchestratorAgentSession session, CancellationToken cancellationToken = default);

    /// <summary>Deletes an agent session (<c>DELETE /api/orchestrator-agent-sessions/{id}</c>).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the session is deleted.</returns>
    [Delete("/api/orchestrator-agent-sessions/{id}")]
    Task DeleteSessionAsync(string id, CancellationToken cancellationToken = default);
}
