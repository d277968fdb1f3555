using Refit;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// Kodexa's <c>/api/sessions</c> resource, exactly as the vendor documents it (Refit, source-generated). Resolve it
/// from dependency injection after <c>AddKodexa(…)</c>; its calls go through the registration's credentials,
/// resilience and typed errors (<see cref="SessionClientException"/> and subclasses).
/// </summary>
[Headers("Accept: application/json")]
public interface IKodexaSessionsApi
{
    /// <summary>Reads a session (<c>GET /api/sessions/{id}</c>).</summary>
    /// <param name="id">The session id. Validate untrusted ids first: <c>.</c> and <c>..</c> are not escaped by Refit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    [Get("/api/sessions/{id}")]
    Task<KodexaSession> GetSessionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists sessions (<c>GET /api/sessions</c>), one Spring page at a time.</summary>
    /// <param name="page">The page index; the docs disagree on whether the first is 0 or 1, so <see langword="null"/> (the server's default) is safest for the first page.</param>
    /// <param name="pageSize">Items per page; <see langword="null"/> for the server's default.</param>
    /// <param name="sort"><c>field,direction</c> pairs, for example <c>createdOn,desc</c>; repeatable.</param>
    /// <param name="filter">An RSQL/FIQL filter expression, sent as given.</param>
    /// <param name="query">A simple text query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/api/sessions")]
    Task<KodexaPage<KodexaSession>> ListSessionsAsync(
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        [Query(CollectionFormat.Multi)][AliasAs("sort")] IEnumerable<string>? sort = null,
        [AliasAs("filter")] string? filter = null,
        [AliasAs("query")] string? query = null,
        CancellationToken cancellationToken = default);

    /// <summary>Creates a session from a full session object (<c>POST /api/sessions</c>).</summary>
    /// <param name="session">The session; server-managed fields may be left null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created session.</returns>
    [Post("/api/sessions")]
    Task<KodexaSession> CreateSessionAsync([Body] KodexaSession session, CancellationToken cancellationToken = default);

    /// <summary>Creates a session for a pipeline or a service, without a body (<c>POST /api/sessions?pipeline=…</c> or <c>?service=…</c>; 2022 API).</summary>
    /// <param name="pipeline">The pipeline slug, or <see langword="null"/>.</param>
    /// <param name="service">The service reference, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created session.</returns>
    [Post("/api/sessions")]
    Task<KodexaSession> CreateSessionForAsync([AliasAs("pipeline")] string? pipeline = null, [AliasAs("service")] string? service = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces a session with a full session object (<c>PUT /api/sessions/{id}</c>); send back the <c>changeSequence</c> you read.</summary>
    /// <param name="id">The session id.</param>
    /// <param name="session">The full session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated session.</returns>
    [Put("/api/sessions/{id}")]
    Task<KodexaSession> UpdateSessionAsync(string id, [Body] KodexaSession session, CancellationToken cancellationToken = default);

    /// <summary>Deletes a session (<c>DELETE /api/sessions/{id}</c>; from Kodexa's generic CRUD convention).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the session is deleted.</returns>
    [Delete("/api/sessions/{id}")]
    Task DeleteSessionAsync(string id, CancellationToken cancellationToken = default);
}
