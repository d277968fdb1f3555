namespace SessionSdk;

/// <summary>
/// One <see cref="ISessionClient"/> over every registered provider; resolved as the non-keyed <see cref="ISessionClient"/>
/// after <c>services.AddSessionClients()</c>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Ids.</b> <see cref="GetSessionAsync"/>, <see cref="UpdateSessionAsync"/> and <see cref="DeleteSessionAsync"/> take
/// a provider-qualified id, <c>{providerName}/{id}</c> (<see cref="Session.QualifiedId"/>). It is split at the first
/// <c>/</c>; the rest, which may itself contain <c>/</c>, goes unchanged to that provider, which validates it.
/// <see cref="CreateSessionAsync"/> goes to <see cref="CreateSessionRequest.ProviderName"/>; or call
/// <see cref="CompositeSessionClientExtensions.ForProvider"/> for one provider's own client.
/// </para>
/// <para>
/// <b>Listing.</b> <see cref="GetSessionPageAsync"/> reads every provider whose capabilities include
/// <see cref="SessionCapabilities.List"/> and merges their pages newest first; see that method for the details.
/// </para>
/// </remarks>
public sealed class CompositeSessionClient : ISessionClient
{
    /// <summary>The composite's <see cref="SessionClientMetadata.ProviderName"/>: <c>all</c>.</summary>
    public const string CompositeProviderName = "all";

    /// <summary>The composite's <see cref="SessionClientMetadata.Kind"/>: <c>composite</c>.</summary>
    public const string CompositeKind = "composite";

    private readonly ISessionClientProvider _providers;
    private readonly CompositeSessionClientOptions _options;
    private readonly Lazy<SessionClientMetadata> _metadata;

    /// <summary>Creates the composite over the providers registered in dependency injection.</summary>
    /// <param name="providers">The registered providers.</param>
    /// <param name="options">The settings; <see langword="null"/> uses the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has an invalid value; the message names it.</exception>
    public CompositeSessionClient(ISessionClientProvider providers, CompositeSessionClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(providers);
        options ??= new CompositeSessionClientOptions();
        var failures = CompositeSessionClientOptionsValidator.Check(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }

        _providers = providers;
        _options = options;
        _metadata = new Lazy<SessionClientMetadata>(CreateMetadata);
    }

    /// <summary>Creates the composite over a fixed set of clients, each known by its <see cref="SessionClientMetadata.ProviderName"/>.</summary>
    /// <param name="clients">The clients, in the order their names are listed.</param>
    /// <param name="options">The settings; <see langword="null"/> uses the defaults.</param>
    /// <exception cref="ArgumentException">Two clients share a name, or <paramref name="options"/> has an invalid value.</exception>
    public CompositeSessionClient(IEnumerable<ISessionClient> clients, CompositeSessionClientOptions? options = null)
        : this(SessionClientProvider.FromClients(clients), options)
    {
    }

    /// <summary>
    /// Gets the composite's description: provider name <c>all</c>, kind <c>composite</c>, no endpoint, the union of the
    /// providers' capabilities, and each provider's own metadata in <see cref="SessionClientMetadata.Providers"/>.
    /// </summary>
    public SessionClientMetadata Metadata => _metadata.Value;

    /// <summary>Gets the clock a provider's <see cref="SessionProviderOptions.TotalTimeout"/> for one page call runs on.</summary>
    internal TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Reads one session by its provider-qualified id, <c>{providerName}/{id}</c>.</summary>
    /// <param name="sessionId">The qualified id (<see cref="Session.QualifiedId"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentException">The id has no <c>/</c>, names no registered provider (the message lists them), or the provider rejects its id part. No request is sent.</exception>
    /// <exception cref="SessionClientException">The provider's failure, as its own client throws it.</exception>
    public Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var (client, id) = Route(sessionId);
        return client.GetSessionAsync(id, cancellationToken);
    }

    /// <summary>
    /// Reads one merged page from every provider that can list, newest <see cref="Session.CreatedAt"/> first (sessions
    /// without one last; ties by provider name, then id).
    /// </summary>
    /// <param name="query">
    /// <see cref="SessionQuery.PageSize"/> bounds the merged page (default <see cref="CompositeSessionClientOptions.DefaultPageSize"/>,
    /// at most <see cref="CompositeSessionClientOptions.MaxPageSize"/>). <see cref="SessionQuery.CreatedAfter"/>,
    /// <see cref="SessionQuery.CreatedBefore"/>, <see cref="SessionQuery.Status"/> and <see cref="SessionQuery.AdditionalProperties"/>
    /// go to every provider on its own query: each pushes down what its vendor supports (see each provider's
    /// documentation) and applies the rest itself; the composite applies <see cref="SessionQuery.Matches"/> again as a final guard. Every
    /// provider is asked for <see cref="SessionOrder.NewestFirst"/>, whatever <see cref="SessionQuery.Order"/> says.
    /// </param>
    /// <param name="cancellationToken">Cancels the call; surfaces as <see cref="OperationCanceledException"/>.</param>
    /// <returns>
    /// The page. Its <see cref="SessionPage.ContinuationToken"/> is opaque, survives a process restart, and resumes each
    /// provider exactly where this page stopped (it re-reads the provider's current page and skips what was taken);
    /// <see langword="null"/> once every provider is finished. <see cref="SessionPage.Errors"/> lists the providers that
    /// failed during this read: their position is kept, so the next page asks them again and nothing is lost or
    /// repeated when they recover (their held-back sessions then arrive later than strict newest-first order would put
    /// them). <see cref="SessionPage.SkippedProviders"/> lists the providers that cannot list.
    /// </returns>
    /// <remarks>
    /// Provider requests run concurrently, at most <see cref="CompositeSessionClientOptions.MaxConcurrency"/> at a time;
    /// a provider's next page is read only when the merge needs it. A provider's <see cref="SessionProviderOptions.TotalTimeout"/>
    /// bounds everything it is asked during one page call, however many of its pages that takes (a provider that runs
    /// out is reported as a <see cref="SessionTimeoutException"/>), and a provider whose paging does not advance (a repeated token or page, or a long run of empty pages promising more) fails with a <see cref="SessionResponseException"/>. The merge trusts each provider to answer newest
    /// first; a provider that does not keeps its own order inside the merged stream.
    /// </remarks>
    /// <exception cref="ArgumentException"><see cref="SessionQuery.ContinuationToken"/> was not issued by this client.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SessionQuery.PageSize"/> is out of range.</exception>
    /// <exception cref="SessionClientException">
    /// With <see cref="CompositeSessionClientOptions.FailFast"/>, the first provider failure. Without it, only when every
    /// provider still to be read failed and nothing could be returned (one failure is thrown as is; several as one
    /// exception whose inner <see cref="AggregateException"/> holds them all) — a page would otherwise repeat its own
    /// token forever.
    /// </exception>
    public Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) =>
        CompositeListing.ReadPageAsync(_providers, query ?? new SessionQuery(), _options, TimeProvider, cancellationToken);

    /// <summary>Creates a session with the provider named by <see cref="CreateSessionRequest.ProviderName"/>.</summary>
    /// <param name="request">What to create; <see cref="CreateSessionRequest.ProviderName"/> is required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created session.</returns>
    /// <exception cref="ArgumentException"><see cref="CreateSessionRequest.ProviderName"/> is missing or unknown (the message lists the registered names), or the provider rejects the request. No request is sent.</exception>
    /// <exception cref="SessionClientException">The provider's failure.</exception>
    public Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.ProviderName))
        {
            throw new ArgumentException(
                $"Say which provider creates the session: set CreateSessionRequest.ProviderName, or call client.ForProvider(name). Registered: {RegisteredNames()}.",
                nameof(request));
        }

        return Resolve(request.ProviderName, nameof(request)).CreateSessionAsync(request, cancellationToken);
    }

    /// <summary>Changes a session identified by its provider-qualified id, <c>{providerName}/{id}</c>.</summary>
    /// <param name="sessionId">The qualified id.</param>
    /// <param name="request">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session after the change.</returns>
    /// <exception cref="ArgumentException">The id has no <c>/</c> or names no registered provider. No request is sent.</exception>
    /// <exception cref="NotSupportedException">That provider offers no update. No request is sent.</exception>
    /// <exception cref="SessionClientException">The provider's failure.</exception>
    public Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default)
    {
        var (client, id) = Route(sessionId);
        return client.UpdateSessionAsync(id, request, cancellationToken);
    }

    /// <summary>Deletes a session identified by its provider-qualified id, <c>{providerName}/{id}</c>.</summary>
    /// <param name="sessionId">The qualified id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the provider has confirmed the deletion.</returns>
    /// <exception cref="ArgumentException">The id has no <c>/</c> or names no registered provider. No request is sent.</exception>
    /// <exception cref="NotSupportedException">That provider offers no deletion. No request is sent.</exception>
    /// <exception cref="SessionClientException">The provider's failure.</exception>
    public Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var (client, id) = Route(sessionId);
        return client.DeleteSessionAsync(id, cancellationToken);
    }

    /// <summary>
    /// Returns the composite itself, its <see cref="ISessionClientProvider"/> or its options; with a provider name as
    /// <paramref name="serviceKey"/>, asks that provider's client instead (for example for its typed vendor API).
    /// </summary>
    /// <param name="serviceType">The type of object being requested.</param>
    /// <param name="serviceKey"><see langword="null"/>, or a provider name.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null)
        {
            return serviceType.IsInstanceOfType(this) ? this
                : serviceType == typeof(ISessionClientProvider) ? _providers
                : serviceType == typeof(CompositeSessionClientOptions) ? _options
                : null;
        }

        return serviceKey is string name && _providers.TryGetClient(name, out var client) ? client.GetService(serviceType) : null;
    }

    private (ISessionClient Client, string Id) Route(string qualifiedId)
    {
        ArgumentNullException.ThrowIfNull(qualifiedId, "sessionId");
        var slash = qualifiedId.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            var shown = qualifiedId.Length > 40 ? qualifiedId[..40] + "…" : qualifiedId;
            throw new ArgumentException(
                $"'{shown}' is not a provider-qualified id: the composite client expects '{{provider}}/{{id}}' (Session.QualifiedId). Registered providers: {RegisteredNames()}.",
                "sessionId");
        }

        return (Resolve(qualifiedId[..slash], "sessionId"), qualifiedId[(slash + 1)..]);
    }

    private ISessionClient Resolve(string providerName, string parameterName) =>
        _providers.TryGetClient(providerName, out var client)
            ? client
            : throw SessionExceptionFactory.UnknownProvider(providerName, _providers.ProviderNames, parameterName);

    private string RegisteredNames() => SessionProviderNames.List(_providers.ProviderNames);

    private SessionClientMetadata CreateMetadata()
    {
        var providers = _providers.ProviderNames.Select(n => _providers.GetClient(n).Metadata).ToArray();
        var capabilities = providers.Aggregate(SessionCapabilities.None, (all, p) => all | p.Capabilities);
        return new SessionClientMetadata(CompositeProviderName, CompositeKind, endpoint: null, capabilities) { Providers = providers };
    }
}
