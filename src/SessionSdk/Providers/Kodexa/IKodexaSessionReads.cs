using Refit;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// The two reads of <see cref="IKodexaSessionsApi"/> the session client makes, answering the response itself: the
/// body then goes from the SDK's pooled buffer straight into the deserializer (<see cref="SessionResponseBody"/>),
/// where a typed Refit method would copy it into a fresh array first — for a page, one on the large-object heap.
/// Same routes and query names as <see cref="IKodexaSessionsApi"/>.
/// </summary>
[Headers("Accept: application/json")]
internal interface IKodexaSessionReads
{
    [Get("/api/sessions/{id}")]
    Task<HttpResponseMessage> GetSessionAsync(string id, CancellationToken cancellationToken);

    [Get("/api/sessions")]
    Task<HttpResponseMessage> ListSessionsAsync(
        [AliasAs("page")] int? page,
        [AliasAs("pageSize")] int? pageSize,
        [Query(CollectionFormat.Multi)][AliasAs("sort")] IEnumerable<string>? sort,
        [AliasAs("filter")] string? filter,
        [AliasAs("query")] string? query,
        CancellationToken cancellationToken);
}
