using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// <see cref="ISessionClient"/> over one Kodexa session resource. Update reads the current object, checks
/// <see cref="UpdateSessionRequest.ExpectedVersion"/> against its <c>changeSequence</c>, applies the change and
/// PUTs the full object back.
/// </summary>
/// <typeparam name="TDto">The vendor's session type.</typeparam>
internal sealed class KodexaSessionClient<TDto> : ISessionClient
    where TDto : class
{
    private const int MaxPageSize = 1000;

    /// <summary>Kodexa's spelling of <see cref="SessionOrder.NewestFirst"/>.</summary>
    private static readonly string[] NewestFirstSort = ["createdOn,desc"];
    private const SessionCapabilities Capabilities = SessionCapabilities.Get | SessionCapabilities.List | SessionCapabilities.Create
        | SessionCapabilities.Update | SessionCapabilities.Delete | SessionCapabilities.CreateWithId | SessionCapabilities.OptimisticConcurrency;

    private readonly IKodexaResource<TDto> _resource;
    private readonly KodexaOptions _options;
    private readonly TimeProvider _timeProvider;

    public KodexaSessionClient(string providerName, IKodexaResource<TDto> resource, KodexaOptions options, TimeProvider timeProvider)
    {
        _resource = resource;
        _options = options;
        _timeProvider = timeProvider;
        Metadata = new SessionClientMetadata(providerName, resource.Kind, options.BaseAddress, Capabilities);

        // The session token is a secret: it never goes into a shared cache (a cached session has none).
        CacheCodec = SessionCacheCodec.For(resource.TypeInfo, s => resource.Map(s, providerName, timeProvider.GetUtcNow()), "token");
    }

    public SessionClientMetadata Metadata { get; }

    private SessionCacheCodec CacheCodec { get; }

    private string ProviderName => Metadata.ProviderName;

    public async Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        var session = await _resource.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return Map(session, "GetSession");
    }

    public async Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new SessionQuery();
        var pageSize = query.CheckedPageSize(MaxPageSize);

        // The first request leaves the page to the server: its default is its first page under either convention.
        int? requested = query.ContinuationToken is { } token ? SessionRequests.ParsePageToken(token, ProviderName) : null;
        query.AdditionalProperties.TryGetValue("filter", out var filter);
        query.AdditionalProperties.TryGetValue("query", out var text);
        var sort = query.Order == SessionOrder.NewestFirst ? NewestFirstSort
            : query.AdditionalProperties.TryGetValue("sort", out var sortValue)
                ? sortValue.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : null;

        var page = SessionResponses.Require(
            await _resource.ListAsync(requested, pageSize, sort, filter, text, cancellationToken).ConfigureAwait(false),
            ProviderName,
            "ListSessions");

        var items = new List<Session>(page.Content?.Count ?? 0);
        var ids = new List<string>(page.Content?.Count ?? 0);
        foreach (var item in page.Content ?? [])
        {
            if (item is not null)
            {
                var session = Map(item, "ListSessions");
                ids.Add(session.Id);
                if (query.Matches(session))
                {
                    items.Add(session);
                }
            }
        }

        return new SessionPage(items, NextPageToken(page, requested)) { RawRepresentation = page, VendorIds = ids };
    }

    public async Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RejectName(request.Name is not null, "CreateSessionRequest");
        var body = (JsonObject)request.AdditionalProperties.DeepClone();
        if (request.SessionId is { } id)
        {
            body["id"] = SessionIdGuard.Validate(id, nameof(request));
        }

        if (request.Metadata is { } metadata)
        {
            RejectMetadata("CreateSessionRequest");
            body["metadata"] = metadata.DeepClone();
        }

        var created = await _resource.CreateAsync(SessionRequests.FromJson(body, _resource.TypeInfo, nameof(request)), cancellationToken).ConfigureAwait(false);
        return Map(created, "CreateSession");
    }

    public async Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        ArgumentNullException.ThrowIfNull(request);
        RejectName(request.Name is not null, "UpdateSessionRequest");
        if (request.Metadata is not null)
        {
            RejectMetadata("UpdateSessionRequest");
        }

        var current = SessionResponses.Require(await _resource.GetAsync(sessionId, cancellationToken).ConfigureAwait(false), ProviderName, "UpdateSession");
        var version = _resource.GetVersion(current)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (request.ExpectedVersion is { } expected && !string.Equals(expected, version, StringComparison.Ordinal))
        {
            throw SessionExceptionFactory.VersionMismatch(ProviderName, "UpdateSession", version, expected);
        }

        var body = JsonSerializer.SerializeToNode(current, _resource.TypeInfo) as JsonObject ?? [];
        foreach (var (name, value) in request.AdditionalProperties)
        {
            body[name] = value?.DeepClone();
        }

        if (request.Metadata is { } changes)
        {
            var merged = body["metadata"] as JsonObject ?? [];
            foreach (var (name, value) in changes)
            {
                merged[name] = value?.DeepClone();
            }

            body["metadata"] = merged;
        }

        var updated = await _resource.UpdateAsync(sessionId, SessionRequests.FromJson(body, _resource.TypeInfo, nameof(request)), cancellationToken).ConfigureAwait(false);
        return Map(updated, "UpdateSession");
    }

    public Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        return _resource.DeleteAsync(sessionId, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        SessionClientServices.Resolve(this, _options, serviceType, serviceKey, type => type == typeof(SessionCacheCodec) ? CacheCodec : _resource.CreateApi(type), _timeProvider);

    private string? NextPageToken(KodexaPage<TDto> page, int? requested)
    {
        // Stop on the server's own word, or on an empty page (a server that says "not last" forever while
        // returning nothing would otherwise page without end). Never on a counter of ours.
        var hasMore = page.Last is not true && page.Content is { Count: > 0 };
        if (!hasMore)
        {
            return null;
        }

        var current = page.Number ?? requested ?? _options.FirstPageNumber;
        if (current is < 0 or >= int.MaxValue)
        {
            throw SessionExceptionFactory.UnreadableResponse(ProviderName, "ListSessions", System.Net.HttpStatusCode.OK, $"its page number {current} leaves no next page to ask for");
        }

        return (current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private Session Map(TDto? session, string operation) =>
        SessionResponses.Map(session, ProviderName, operation, this, static (s, client) => client._resource.Map(s, client.ProviderName, client._timeProvider.GetUtcNow()));

    private void RejectName(bool isSet, string requestType) =>
        SessionRequests.Reject(isSet, "Kodexa", requestType + ".Name", $"its {(_resource.HasMetadata ? "orchestrator-agent sessions" : "sessions")} have no name; leave it unset");

    private void RejectMetadata(string requestType) =>
        SessionRequests.Reject(!_resource.HasMetadata, "Kodexa", requestType + ".Metadata", "its sessions have no metadata; set vendor fields such as 'state' through AdditionalProperties");
}
