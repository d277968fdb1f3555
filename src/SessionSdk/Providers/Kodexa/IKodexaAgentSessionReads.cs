using Refit;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// The two reads of <see cref="IKodexaOrchestratorAgentSessionsApi"/> the session client makes, answering the
/// response itself (see <see cref="IKodexaSessionReads"/>). Same routes and query names.
/// </summary>
[Headers("Accept: application/json")]
internal interface IKodexaAgentSessionReads
{
    [Get("/api/orchestrator-agent-sessions/{id}")]
    Task<HttpResponseMessage> GetSessionAsync(string id, CancellationToken cancellationToken);

    [Get("/api/orchestrator-agent-sessions")]
    Task<HttpResponseMessage> ListSessionsAsync(
        [AliasAs("page")] int? page,
        [AliasAs("pageSize")] int? pageSize,
        [Query(CollectionFormat.Multi)][AliasAs("sort")] IEnumerable<string>? sort,
        [AliasAs("filter")] string? filter,
        [AliasAs("query")] string? query,
        CancellationToken cancellationToken);
}
