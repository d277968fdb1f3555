using System.Globalization;

namespace SessionSdk.Providers.MobileNext;

/// <summary>
/// <see cref="ISessionClient"/> over Mobile Next's <c>/api/v1/sessions</c>. Lists with the vendor's cursor
/// (<c>nextCursor</c> fed back as <c>before</c>), creates with a body-less POST followed by a read, and offers neither
/// update nor delete. Device allocation and release are extension methods
/// (<see cref="MobileNextSessionClientExtensions"/>).
/// </summary>
internal sealed class MobileNextSessionClient : ProviderSessionClient<MobileNextOptions>
{
    /// <summary>The key of <see cref="SessionQuery.AdditionalProperties"/> that overrides <c>X-Organization-Id</c> for one listing.</summary>
    public const string OrganizationIdQueryKey = "organizationId";

    private const int MaxPageSize = 500;
    private const SessionCapabilities Capabilities = SessionCapabilities.Get | SessionCapabilities.List | SessionCapabilities.Create;

    private readonly Func<IMobileNextSessionsApi> _api;

    /// <param name="providerName">The registration name.</param>
    /// <param name="api">The registration's cached typed API, as every provider client reaches its own.</param>
    /// <param name="options">The registration's options.</param>
    /// <param name="services">The container.</param>
    public MobileNextSessionClient(string providerName, Func<IMobileNextSessionsApi> api, MobileNextOptions options, IServiceProvider services)
        : base(
            providerName,
            providerName,
            MobileNextSessionMapper.SessionKind,
            Capabilities,
            options,
            services,
            SessionCacheCodec.For(MobileNextJsonContext.Default.MobileNextSession, s => MobileNextSessionMapper.ToSession(s, providerName)),
            typeof(IMobileNextSessionsApi))
    {
        _api = api;
    }

    public override async Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        var session = await _api().GetSessionAsync(sessionId, organizationId: null, cancellationToken).ConfigureAwait(false);
        return SessionResponses.Map(session, ProviderName, "GetSession", s => MobileNextSessionMapper.ToSession(s, ProviderName));
    }

    public override async Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new SessionQuery();
        var limit = query.CheckedPageSize(MaxPageSize);
        var organizationId = OrganizationOverride(query);

        // The cursor is opaque: it goes back exactly as the vendor sent it. Only the first page uses CreatedBefore.
        var before = !string.IsNullOrEmpty(query.ContinuationToken) ? query.ContinuationToken : Rfc3339(query.CreatedBefore);

        var list = SessionResponses.Require(
            await _api().ListSessionsAsync(limit, before, organizationId, cancellationToken).ConfigureAwait(false),
            ProviderName,
            "ListSessions");

        var items = new List<Session>(list.Items.Count);
        var ids = new List<string>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item is not null)
            {
                var session = MobileNextSessionMapper.ToSession(item, ProviderName);
                ids.Add(session.Id);
                if (query.Matches(session))
                {
                    items.Add(session);
                }
            }
        }

        // nextCursor sent as null and nextCursor left out both mean "no more".
        var next = string.IsNullOrEmpty(list.NextCursor) ? null : list.NextCursor;
        return new SessionPage(items, next) { RawRepresentation = list, VendorIds = ids };
    }

    public override async Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Reject(request.Name is not null, nameof(CreateSessionRequest.Name));
        Reject(request.Metadata is not null, nameof(CreateSessionRequest.Metadata));
        Reject(request.SessionId is not null, nameof(CreateSessionRequest.SessionId));
        Reject(request.AdditionalProperties.Count > 0, nameof(CreateSessionRequest.AdditionalProperties));

        var created = SessionResponses.Require(await _api().CreateSessionAsync(cancellationToken).ConfigureAwait(false), ProviderName, "CreateSession");
        var id = created.Id ?? created.SessionId;
        if (!SessionIdGuard.IsValid(id))
        {
            throw SessionExceptionFactory.UnreadableResponse(ProviderName, "CreateSession", null, "it carries no usable session id");
        }

        // The vendor answers with the id alone; read the session back so the caller gets the whole of it.
        return await GetSessionAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public override Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default) =>
        throw SessionExceptionFactory.NotSupported(Metadata, SessionCapabilities.Update, "the vendor documents no way to change a session");

    public override Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        throw SessionExceptionFactory.NotSupported(
            Metadata,
            SessionCapabilities.Delete,
            "the vendor mentions deleting sessions only in its role descriptions and documents no method or path; release devices with ReleaseDeviceAsync instead");

    private static string? OrganizationOverride(SessionQuery query)
    {
        if (!query.AdditionalProperties.TryGetValue(OrganizationIdQueryKey, out var organizationId))
        {
            return null;
        }

        if (MobileNextOptionsValidator.DescribeInvalidOrganizationId(organizationId ?? string.Empty) is { } problem)
        {
            throw new ArgumentException($"SessionQuery.AdditionalProperties[\"{OrganizationIdQueryKey}\"] {problem}.", nameof(query));
        }

        return organizationId;
    }

    private static string? Rfc3339(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static void Reject(bool isSet, string member) =>
        SessionRequests.Reject(isSet, "Mobile Next", "CreateSessionRequest." + member, "it creates sessions without a request body; leave it unset");
}
