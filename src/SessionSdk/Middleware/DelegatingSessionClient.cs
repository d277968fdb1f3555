namespace SessionSdk;

/// <summary>
/// A base class for middleware around an <see cref="ISessionClient"/>: every member passes the call to the inner client
/// until a subclass overrides it. Stack such clients with <see cref="SessionClientBuilder.Use(Func{ISessionClient, IServiceProvider, ISessionClient})"/>,
/// or in dependency injection with <c>services.AddSessionClients().ConfigureClients(b =&gt; b.Use(…))</c>.
/// </summary>
/// <remarks>
/// An override sees every call of its kind on its registration, including the calls the composite client routes to it.
/// Keep overrides thread-safe: the built pipeline is a long-lived singleton.
/// </remarks>
public abstract class DelegatingSessionClient : ISessionClient, IDisposable
{
    private readonly bool _ownsInnerClient;
    private int _disposed;

    /// <summary>Wraps a client.</summary>
    /// <param name="innerClient">The client every call goes on to.</param>
    /// <param name="ownsInnerClient">
    /// Whether disposing this client disposes <paramref name="innerClient"/> too (when it is <see cref="IDisposable"/>);
    /// default <see langword="true"/>, as a pipeline's layers own the layer beneath them.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="innerClient"/> is <see langword="null"/>.</exception>
    protected DelegatingSessionClient(ISessionClient innerClient, bool ownsInnerClient = true)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        InnerClient = innerClient;
        _ownsInnerClient = ownsInnerClient;
    }

    /// <summary>Gets the client every call goes on to.</summary>
    protected ISessionClient InnerClient { get; }

    /// <inheritdoc />
    public virtual SessionClientMetadata Metadata => InnerClient.Metadata;

    /// <inheritdoc />
    public virtual Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        InnerClient.GetSessionAsync(sessionId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) =>
        InnerClient.GetSessionPageAsync(query, cancellationToken);

    /// <inheritdoc />
    public virtual Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default) =>
        InnerClient.CreateSessionAsync(request, cancellationToken);

    /// <inheritdoc />
    public virtual Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default) =>
        InnerClient.UpdateSessionAsync(sessionId, request, cancellationToken);

    /// <inheritdoc />
    public virtual Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        InnerClient.DeleteSessionAsync(sessionId, cancellationToken);

    /// <summary>
    /// Returns this client when it is of <paramref name="serviceType"/> and no key is given; otherwise asks the inner
    /// client (so a typed vendor API or the composite's providers stay reachable through any number of layers).
    /// <see cref="IDisposable"/> is always asked of the inner client: a pipeline the container owns is not handed out
    /// as something to dispose.
    /// </summary>
    /// <param name="serviceType">The type of object being requested.</param>
    /// <param name="serviceKey">An optional key; keyed requests always go to the inner client.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serviceType"/> is <see langword="null"/>.</exception>
    public virtual object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType != typeof(IDisposable) && serviceType.IsInstanceOfType(this)
            ? this
            : InnerClient.GetService(serviceType, serviceKey);
    }

    /// <summary>Disposes this client and, when it owns it, the inner client.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Dispose(disposing: true);
            GC.SuppressFinalize(this);
        }
    }

    /// <summary>Releases what this layer holds; the base disposes the inner client when it owns it.</summary>
    /// <param name="disposing"><see langword="true"/> when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _ownsInnerClient && InnerClient is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
