using Refit;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// The calls the session client makes on either Kodexa session resource, named by <c>resource</c>
/// (<see cref="KodexaResource{TDto}.Route"/>): the same routes, query names and bodies as <see cref="IKodexaSessionsApi"/>
/// and <see cref="IKodexaOrchestratorAgentSessionsApi"/>, with the provider a call belongs to passed along
/// (<c>kodexa</c> or <c>kodexa-agents</c>). Each answers the response itself, so a body goes from the SDK's pooled buffer
/// straight into the deserializer (<see cref="SessionResponseBody"/>), where a typed Refit method would copy it into a
/// fresh array first — for a page, one on the large-object heap.
/// </summary>
[Headers("Accept: application/json")]
internal interface IKodexaResourceApi
{
    [Get("/api/{resource}/{id}")]
    Task<HttpResponseMessage> GetSessionAsync(
        string resource,
        string id,
        [Property(SessionRequestContext.ProviderNameProperty)] string provider,
        CancellationToken cancellationToken);

    [Get("/api/{resource}")]
    Task<HttpResponseMessage> ListSessionsAsync(
        string resource,
        [AliasAs("page")] int? page,
        [AliasAs("pageSize")] int? pageSize,
        [Query(CollectionFormat.Multi)][AliasAs("sort")] IEnumerable<string>? sort,
        [AliasAs("filter")] string? filter,
        [AliasAs("query")] string? query,
        [Property(SessionRequestContext.ProviderNameProperty)] string provider,
        CancellationToken cancellationToken);

    [Post("/api/{resource}")]
    Task<HttpResponseMessage> CreateSessionAsync(
        string resource,
        [Body] HttpContent session,
        [Property(SessionRequestContext.ProviderNameProperty)] string provider,
        CancellationToken cancellationToken);

    [Put("/api/{resource}/{id}")]
    Task<HttpResponseMessage> UpdateSessionAsync(
        string resource,
        string id,
        [Body] HttpContent session,
        [Property(SessionRequestContext.ProviderNameProperty)] string provider,
        CancellationToken cancellationToken);

    [Delete("/api/{resource}/{id}")]
    Task DeleteSessionAsync(
        string resource,
        string id,
        [Property(SessionRequestContext.ProviderNameProperty)] string provider,
        CancellationToken cancellationToken);
}
