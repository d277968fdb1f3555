using System.Net;

namespace SessionSdk.Providers.MidPilot;

/// <summary>
/// <see cref="ISessionClient"/> over midPilot's <c>/api/v1/session</c>. Create and update read the session back with
/// GET, since the server answers them with an acknowledgement only. Listing is not offered: the server has none.
/// </summary>
internal sealed class MidPilotSessionClient : ProviderSessionClient<MidPilotOptions>
{
    private const SessionCapabilities Capabilities = SessionCapabilities.Get | SessionCapabilities.Create
        | SessionCapabilities.CreateWithId | SessionCapabilities.Update | SessionCapabilities.Delete;

    private readonly Func<IMidPilotSessionsApi> _api;

    /// <param name="providerName">The registration name.</param>
    /// <param name="api">The registration's cached typed API, as every provider client reaches its own.</param>
    /// <param name="options">The registration's options.</param>
    /// <param name="services">The container.</param>
    public MidPilotSessionClient(string providerName, Func<IMidPilotSessionsApi> api, MidPilotOptions options, IServiceProvider services)
        : base(
            providerName,
            providerName,
            MidPilotSessionMapper.SessionKind,
            Capabilities,
            options,
            services,
            SessionCacheCodec.For(MidPilotJsonContext.Default.MidPilotSession, s => MidPilotSessionMapper.ToSession(s, providerName)),
            typeof(IMidPilotSessionsApi),
            typeof(IMidPilotDocumentationApi))
    {
        _api = api;
    }

    public override async Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        var session = await WithIdCheck(sessionId, api => api.GetSessionAsync(sessionId, cancellationToken)).ConfigureAwait(false);
        return SessionResponses.Map(session, ProviderName, "GetSession", s => MidPilotSessionMapper.ToSession(s, ProviderName, sessionId));
    }

    public override Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) =>
        throw SessionExceptionFactory.NotSupported(
            Metadata,
            SessionCapabilities.List,
            "the midPilot server has no list endpoint (its docs say listing is not implemented); keep the ids of the sessions you create and check them with SessionExistsAsync (HEAD)");

    public override async Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        SessionRequests.Reject(request.Name is not null, "midPilot", "CreateSessionRequest.Name", "its sessions have no name; leave it unset");

        // Applying Metadata afterwards would need PATCH, which current servers no longer have: the session would be
        // created and the call would still fail. Refuse up front instead.
        SessionRequests.Reject(
            request.Metadata is not null,
            "midPilot",
            "CreateSessionRequest.Metadata",
            "it creates sessions empty (its create call takes no body); leave it unset and fill the session through the per-stage endpoints, or with UpdateSessionAsync on servers that still support it");
        SessionRequests.Reject(request.AdditionalProperties.Count > 0, "midPilot", "CreateSessionRequest.AdditionalProperties", "its create call takes no body; leave it empty");

        if (request.SessionId is { } requested)
        {
            SessionIdGuard.Validate(requested, nameof(request));
            var echo = await WithIdCheck(requested, api => api.CreateSessionWithIdAsync(requested, cancellationToken)).ConfigureAwait(false);

            // The server echoes the id in its canonical form (a UUID given as 32 hex digits comes back hyphenated).
            return await GetSessionAsync(echo?.SessionId is { } echoed && SessionIdGuard.IsValid(echoed) ? echoed : requested, cancellationToken).ConfigureAwait(false);
        }

        var created = SessionResponses.Require(await _api().CreateSessionAsync(cancellationToken).ConfigureAwait(false), ProviderName, "CreateSession");
        var id = created.SessionId is { } returned && SessionIdGuard.IsValid(returned)
            ? returned
            : throw SessionExceptionFactory.MissingId(ProviderName, "CreateSession", "usable sessionId");

        return await GetSessionAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        ArgumentNullException.ThrowIfNull(request);
        SessionRequests.Reject(request.Name is not null, "midPilot", "UpdateSessionRequest.Name", "its sessions have no name; leave it unset");
        if (request.ExpectedVersion is not null)
        {
            throw SessionExceptionFactory.NotSupported(Metadata, SessionCapabilities.OptimisticConcurrency, "midPilot sessions have no version, so ExpectedVersion cannot be checked; leave it unset");
        }

        SessionRequests.Reject(request.AdditionalProperties.Count > 0, "midPilot", "UpdateSessionRequest.AdditionalProperties", "its update body holds only 'data'; put the keys in Metadata");

        if (request.Metadata is not { } changes)
        {
            throw new ArgumentException("Nothing to update: set Metadata to the keys to merge into the session's data.", nameof(request));
        }

        var update = new MidPilotSessionUpdate { Data = (System.Text.Json.Nodes.JsonObject)changes.DeepClone() };
        try
        {
            await WithIdCheck(sessionId, api => api.UpdateSessionAsync(sessionId, update, cancellationToken)).ConfigureAwait(false);
        }
        catch (SessionClientException e) when (e.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented)
        {
            throw UpdatesGone(sessionId, e);
        }
        catch (SessionNotFoundException e)
        {
            // Servers since April 2026 have no PATCH route; behind some proxies that reads as 404. Only the session's
            // own existence tells "no such session" from "no such route".
            if (await MidPilotSessionClientExtensions.ExistsAsync(_api(), sessionId, cancellationToken).ConfigureAwait(false))
            {
                throw UpdatesGone(sessionId, e);
            }

            throw;
        }

        return await GetSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
    }

    public override async Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);

        // 200 with {message, sessionId}; the acknowledgement carries nothing the caller needs.
        await WithIdCheck(sessionId, api => api.DeleteSessionAsync(sessionId, cancellationToken)).ConfigureAwait(false);
    }


    private async Task<T> WithIdCheck<T>(string sessionId, Func<IMidPilotSessionsApi, Task<T>> call)
    {
        try
        {
            return await call(_api()).ConfigureAwait(false);
        }
        catch (SessionValidationException e) when (MidPilotInvalidId.IsAboutSessionId(e))
        {
            throw MidPilotInvalidId.Rewrite(e, sessionId);
        }
    }

    private NotSupportedException UpdatesGone(string sessionId, SessionClientException cause) =>
        new(
            $"Provider '{ProviderName}' ({Metadata.Kind}) cannot update session '{sessionId}': the midPilot server at {Options.BaseAddress} no longer supports updates "
            + $"(PATCH /api/v1/session/{{session_id}} answered HTTP {(int?)cause.StatusCode}{(cause.StatusCode == HttpStatusCode.NotFound ? " although the session exists" : string.Empty)}). "
            + "Servers since April 2026 removed that route; session state is now changed through the per-stage endpoints (discovery, scrape, digester, codegen).",
            cause);
}
