namespace SessionSdk;

/// <summary>
/// Builds a pipeline of <see cref="ISessionClient"/> middleware around an inner client: the first
/// <see cref="Use(Func{ISessionClient, IServiceProvider, ISessionClient})"/> is the outermost layer, the inner client the last stop.
/// </summary>
/// <remarks>
/// <para>
/// In dependency injection every registration gets one: reach it with <c>services.AddSessionClients().ConfigureClient("kodexa", b =&gt; …)</c>,
/// <c>ConfigureClients(b =&gt; …)</c> for every provider, or <c>ConfigureCompositeClient(b =&gt; …)</c>. Those pipelines also get the
/// SDK's telemetry (<see cref="OpenTelemetrySessionClientBuilderExtensions.UseOpenTelemetry"/>) and failure log
/// (<see cref="LoggingSessionClientBuilderExtensions.UseLogging"/>) innermost, unless you place them yourself. A builder you
/// create with <c>new</c> has only what you add.
/// </para>
/// <para>Middleware from elsewhere plugs in as an extension method calling <see cref="Use(Func{ISessionClient, IServiceProvider, ISessionClient})"/>.</para>
/// </remarks>
public sealed class SessionClientBuilder
{
    private readonly Func<IServiceProvider, ISessionClient> _innerClientFactory;
    private readonly List<Func<ISessionClient, IServiceProvider, ISessionClient>> _layers = [];
    private readonly HashSet<string> _placedOnce = new(StringComparer.Ordinal);

    /// <summary>Creates a builder around a client.</summary>
    /// <param name="innerClient">The client at the bottom of the pipeline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innerClient"/> is <see langword="null"/>.</exception>
    public SessionClientBuilder(ISessionClient innerClient)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        _innerClientFactory = _ => innerClient;
    }

    /// <summary>Creates a builder around a client made when the pipeline is built.</summary>
    /// <param name="innerClientFactory">Makes the client at the bottom of the pipeline from the services passed to <see cref="Build"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innerClientFactory"/> is <see langword="null"/>.</exception>
    public SessionClientBuilder(Func<IServiceProvider, ISessionClient> innerClientFactory)
    {
        ArgumentNullException.ThrowIfNull(innerClientFactory);
        _innerClientFactory = innerClientFactory;
    }

    /// <summary>Adds a layer beneath those added before it.</summary>
    /// <param name="clientFactory">Wraps the client beneath (for example in a <see cref="DelegatingSessionClient"/>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clientFactory"/> is <see langword="null"/>.</exception>
    public SessionClientBuilder Use(Func<ISessionClient, ISessionClient> clientFactory)
    {
        ArgumentNullException.ThrowIfNull(clientFactory);
        return Use((inner, _) => clientFactory(inner));
    }

    /// <summary>Adds a layer beneath those added before it, made with the pipeline's services.</summary>
    /// <param name="clientFactory">Wraps the client beneath; receives the services passed to <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clientFactory"/> is <see langword="null"/>.</exception>
    public SessionClientBuilder Use(Func<ISessionClient, IServiceProvider, ISessionClient> clientFactory)
    {
        ArgumentNullException.ThrowIfNull(clientFactory);
        _layers.Add(clientFactory);
        return this;
    }

    /// <summary>Builds the pipeline: calls on the result pass through every layer in the order they were added.</summary>
    /// <param name="services">The services the layers and the inner client are made with; <see langword="null"/> for none.</param>
    /// <returns>The outermost client.</returns>
    /// <exception cref="InvalidOperationException">A layer's factory returned <see langword="null"/>.</exception>
    public ISessionClient Build(IServiceProvider? services = null)
    {
        services ??= EmptyServiceProvider.Instance;
        var client = _innerClientFactory(services)
            ?? throw new InvalidOperationException("The inner client factory of the session client pipeline returned null.");

        // Applied last to first, so the first layer added is the outermost.
        for (var i = _layers.Count - 1; i >= 0; i--)
        {
            client = _layers[i](client, services)
                ?? throw new InvalidOperationException($"Layer {i} of the session client pipeline returned null; a Use callback must return a client.");
        }

        return client;
    }

    /// <summary>
    /// Adds a layer the pipeline should have at most once (the SDK's telemetry, its failure log): the first call places it,
    /// later calls are ignored. Returns whether this call placed it.
    /// </summary>
    internal bool UseOnce(string layerName, Func<ISessionClient, IServiceProvider, ISessionClient> clientFactory)
    {
        if (!_placedOnce.Add(layerName))
        {
            return false;
        }

        Use(clientFactory);
        return true;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
