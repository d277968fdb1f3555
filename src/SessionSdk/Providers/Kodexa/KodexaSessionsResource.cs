using System.Text.Json.Serialization.Metadata;

namespace SessionSdk.Providers.Kodexa;

/// <summary><c>/api/sessions</c> through <see cref="IKodexaSessionsApi"/>; its legacy sub-resources through <see cref="IKodexaSessionExecutionsApi"/>.</summary>
internal sealed class KodexaSessionsResource(
    string providerName,
    Func<IKodexaSessionsApi> api,
    Func<IKodexaSessionReads> reads,
    Func<IKodexaSessionExecutionsApi> executionsApi) : IKodexaResource<KodexaSession>
{
    public string Kind => KodexaSessionMapper.SessionKind;

    public JsonTypeInfo<KodexaSession> TypeInfo => KodexaJsonContext.Default.KodexaSession;

    public bool HasMetadata => false;

    public object? CreateApi(Type serviceType) =>
        serviceType == typeof(IKodexaSessionExecutionsApi) ? executionsApi() : api() is var sessions && serviceType.IsInstanceOfType(sessions) ? sessions : null;

    public Task<KodexaSession?> GetAsync(string id, CancellationToken cancellationToken) =>
        SessionResponseBody.ReadAsync(reads().GetSessionAsync(id, cancellationToken), TypeInfo, providerName, "GetSession", cancellationToken);

    public Task<KodexaPage<KodexaSession>?> ListAsync(int? page, int? pageSize, IEnumerable<string>? sort, string? filter, string? query, CancellationToken cancellationToken) =>
        SessionResponseBody.ReadAsync(
            reads().ListSessionsAsync(page, pageSize, sort, filter, query, cancellationToken),
            KodexaJsonContext.Default.KodexaPageKodexaSession,
            providerName,
            "ListSessions",
            cancellationToken);

    public Task<KodexaSession> CreateAsync(KodexaSession session, CancellationToken cancellationToken) => api().CreateSessionAsync(session, cancellationToken);

    public Task<KodexaSession> UpdateAsync(string id, KodexaSession session, CancellationToken cancellationToken) => api().UpdateSessionAsync(id, session, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken) => api().DeleteSessionAsync(id, cancellationToken);

    public int? GetVersion(KodexaSession session) => session.ChangeSequence;

    public Session Map(KodexaSession session, string providerName, DateTimeOffset now) => KodexaSessionMapper.ToSession(session, providerName);
}
