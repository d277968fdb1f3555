using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk;

/// <summary>
/// What every provider's session client shares: its metadata, its registration's options and clock, and one way of
/// answering <see cref="ISessionClient.GetService"/> — the client itself, its options, its clock, its cache codec, or
/// one of the registration's typed APIs, resolved from the container under the registration name as a user would.
/// A provider's client adds only what its vendor does.
/// </summary>
/// <typeparam name="TOptions">The provider's options.</typeparam>
internal abstract class ProviderSessionClient<TOptions> : ISessionClient
    where TOptions : SessionProviderOptions
{
    private readonly IServiceProvider _services;
    private readonly string _registrationName;
    private readonly SessionCacheCodec _cacheCodec;
    private readonly Type[] _serviceTypes;

    /// <param name="providerName">The provider name sessions and errors carry (for example <c>kodexa-agents</c>).</param>
    /// <param name="registrationName">The registration the typed APIs are keyed by (for example <c>kodexa</c>).</param>
    /// <param name="kind">The vendor's kind of session, for <see cref="SessionClientMetadata.Kind"/>.</param>
    /// <param name="capabilities">What the vendor documents.</param>
    /// <param name="options">The registration's options.</param>
    /// <param name="services">The container: the clock, and the typed APIs <see cref="GetService"/> hands out.</param>
    /// <param name="cacheCodec">How the session cache stores this provider's sessions.</param>
    /// <param name="serviceTypes">The registration's services <see cref="GetService"/> hands out (its typed APIs).</param>
    protected ProviderSessionClient(
        string providerName,
        string registrationName,
        string kind,
        SessionCapabilities capabilities,
        TOptions options,
        IServiceProvider services,
        SessionCacheCodec cacheCodec,
        params Type[] serviceTypes)
    {
        Metadata = new SessionClientMetadata(providerName, kind, options.BaseAddress, capabilities);
        Options = options;
        TimeProvider = services.GetTimeProvider();
        _services = services;
        _registrationName = registrationName;
        _cacheCodec = cacheCodec;
        _serviceTypes = serviceTypes;
    }

    public SessionClientMetadata Metadata { get; }

    /// <summary>Gets the registration's options.</summary>
    protected TOptions Options { get; }

    /// <summary>Gets the clock the client's pipeline runs on.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>Gets the provider name sessions and errors carry.</summary>
    protected string ProviderName => Metadata.ProviderName;

    public abstract Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    public abstract Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default);

    public abstract Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default);

    public abstract Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default);

    public abstract Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType.IsInstanceOfType(this))
        {
            return this;
        }

        if (serviceType == typeof(TimeProvider))
        {
            // The clock the client's pipeline runs on, so waits built on top of the client sleep on the same one.
            return TimeProvider;
        }

        if (serviceType == typeof(SessionCacheCodec))
        {
            return _cacheCodec;
        }

        if (serviceType.IsInstanceOfType(Options))
        {
            return Options;
        }

        return Array.IndexOf(_serviceTypes, serviceType) >= 0 ? _services.GetRequiredKeyedService(serviceType, _registrationName) : null;
    }
}
