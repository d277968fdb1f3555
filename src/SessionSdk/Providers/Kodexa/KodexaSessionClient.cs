using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// <see cref="ISessionClient"/> over one Kodexa session resource. Update reads the current object, checks
/// <see cref="UpdateSessionRequest.ExpectedVersion"/> against its <c>changeSequence</c>, applies the change and
/// PUTs the full object back.
/// </summary>
/// <typeparam name="TDto">The vendor's session type.</typeparam>
internal sealed class KodexaSessionClient<TDto> : ProviderSessionClient<KodexaOptions>
    where TDto : class
{
    private const int MaxPageSize = 1000;

    /// <summary>Kodexa's spelling of <see cref="SessionOrder.NewestFirst"/>.</summary>
    private static readonly string[] NewestFirstSort = ["createdOn,desc"];
    private const SessionCapabilities Capabilities = SessionCapabilities.Get | SessionCapabilities.List | SessionCapabilities.Create
        | SessionCapabilities.Update | SessionCapabilities.Delete | SessionCapabilities.CreateWithId | SessionCapabilities.OptimisticConcurrency;

    private readonly KodexaResource<TDto> _resource;
    private readonly Func<IKodexaResourceApi> _api;

    /// <param name="providerName">The provider name (<c>kodexa</c>, or <c>kodexa-agents</c> for orchestrator-agent sessions).</param>
    /// <param name="registrationName">The registration the typed APIs are keyed by.</param>
    /// <param name="resource">Which of the two resources.</param>
    /// <param name="api">The registration's cached API, as every provider client reaches its own.</param>
    /// <param name="options">The registration's options.</param>
    /// <param name="services">The container.</param>
    public KodexaSessionClient(string providerName, string registrationName, KodexaResource<TDto> resource, Func<IKodexaResourceApi> api, KodexaOptions options, IServiceProvider services)
        : base(
            providerName,
            registrationName,
            resource.Kind,
            Capabilities,
            options,
            services,
            CacheCodec(resource, providerName, services.GetTimeProvider()),
            resource.PublicApis)
    {
        _resource = resource;
        _api = api;
    }

    public override async Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        return Map(await ReadAsync(sessionId, "GetSession", cancellationToken).ConfigureAwait(false), "GetSession");
    }

    public override async Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default)
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
            await SessionResponseBody.ReadAsync(
                _api().ListSessionsAsync(_resource.Route, requested, pageSize, sort, filter, text, ProviderName, cancellationToken),
                _resource.PageTypeInfo,
                ProviderName,
                "ListSessions",
                cancellationToken).ConfigureAwait(false),
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

    public override async Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
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

        var created = await SendAsync(SessionRequests.FromJson(body, _resource.TypeInfo, nameof(request)), (api, content) => api.CreateSessionAsync(_resource.Route, content, ProviderName, cancellationToken), "CreateSession", cancellationToken).ConfigureAwait(false);
        return Map(created, "CreateSession");
    }

    public override async Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        ArgumentNullException.ThrowIfNull(request);
        RejectName(request.Name is not null, "UpdateSessionRequest");
        if (request.Metadata is not null)
        {
            RejectMetadata("UpdateSessionRequest");
        }

        var current = SessionResponses.Require(await ReadAsync(sessionId, "GetSession", cancellationToken).ConfigureAwait(false), ProviderName, "UpdateSession");
        var version = _resource.Version(current)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
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

        var updated = await SendAsync(SessionRequests.FromJson(body, _resource.TypeInfo, nameof(request)), (api, content) => api.UpdateSessionAsync(_resource.Route, sessionId, content, ProviderName, cancellationToken), "UpdateSession", cancellationToken).ConfigureAwait(false);
        return Map(updated, "UpdateSession");
    }

    public override Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        return _api().DeleteSessionAsync(_resource.Route, sessionId, ProviderName, cancellationToken);
    }

    /// <summary>How the session cache stores the resource's sessions. The session token is a secret: it never goes into a shared cache (a cached session has none).</summary>
    private static SessionCacheCodec CacheCodec(KodexaResource<TDto> resource, string providerName, TimeProvider timeProvider) =>
        SessionCacheCodec.For(resource.TypeInfo, s => resource.ToSession(s, providerName, timeProvider.GetUtcNow()), "token");

    /// <summary>Reads one session straight from the pooled body; <see langword="null"/> when the body is empty.</summary>
    private Task<TDto?> ReadAsync(string sessionId, string operation, CancellationToken cancellationToken) =>
        SessionResponseBody.ReadAsync(_api().GetSessionAsync(_resource.Route, sessionId, ProviderName, cancellationToken), _resource.TypeInfo, ProviderName, operation, cancellationToken);

    /// <summary>Sends a session as the JSON body of a create or update, and reads the session the vendor answers.</summary>
    private Task<TDto?> SendAsync(TDto session, Func<IKodexaResourceApi, HttpContent, Task<HttpResponseMessage>> send, string operation, CancellationToken cancellationToken)
    {
        // The content Refit's own serializer makes for a typed body: the same bytes and Content-Type on the wire.
        var content = System.Net.Http.Json.JsonContent.Create(session, _resource.TypeInfo);
        return SessionResponseBody.ReadAsync(send(_api(), content), _resource.TypeInfo, ProviderName, operation, cancellationToken);
    }

    private string? NextPageToken(KodexaPage<TDto> page, int? requested)
    {
        // Stop on the server's own word, or on an empty page (a server that says "not last" forever while
        // returning nothing would otherwise page without end). Never on a counter of ours.
        var hasMore = page.Last is not true && page.Content is { Count: > 0 };
        if (!hasMore)
        {
            return null;
        }

        var current = page.Number ?? requested ?? Options.FirstPageNumber;
        if (current is < 0 or >= int.MaxValue)
        {
            throw SessionExceptionFactory.UnreadableResponse(ProviderName, "ListSessions", System.Net.HttpStatusCode.OK, $"its page number {current} leaves no next page to ask for");
        }

        return (current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private Session Map(TDto? session, string operation) =>
        SessionResponses.Map(session, ProviderName, operation, this, static (s, client) => client._resource.ToSession(s, client.ProviderName, client.TimeProvider.GetUtcNow()));

    private void RejectName(bool isSet, string requestType) =>
        SessionRequests.Reject(isSet, "Kodexa", requestType + ".Name", $"its {(_resource.HasMetadata ? "orchestrator-agent sessions" : "sessions")} have no name; leave it unset");

    private void RejectMetadata(string requestType) =>
        SessionRequests.Reject(!_resource.HasMetadata, "Kodexa", requestType + ".Metadata", "its sessions have no metadata; set vendor fields such as 'state' through AdditionalProperties");
}
