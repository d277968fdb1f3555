namespace SessionSdk;

/// <summary>Describes a session client: which provider, where, and what it can do.</summary>
public sealed class SessionClientMetadata
{
    /// <summary>Creates the metadata.</summary>
    /// <param name="providerName">The registration name, for example <c>kodexa</c>.</param>
    /// <param name="kind">The kind of session this client serves, for example <c>kodexa.session</c>.</param>
    /// <param name="endpoint">The vendor's base address, or <see langword="null"/> where there is no single one.</param>
    /// <param name="capabilities">What the client can do.</param>
    public SessionClientMetadata(string providerName, string kind, Uri? endpoint, SessionCapabilities capabilities)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ProviderName = providerName;
        Kind = kind;
        Endpoint = endpoint;
        Capabilities = capabilities;
    }

    /// <summary>Gets the registration name, which is also <see cref="Session.ProviderName"/> of every session it returns.</summary>
    public string ProviderName { get; }

    /// <summary>Gets the kind of session this client serves (<see cref="Session.Kind"/>).</summary>
    public string Kind { get; }

    /// <summary>Gets the vendor's base address, or <see langword="null"/> for a client over several.</summary>
    public Uri? Endpoint { get; }

    /// <summary>Gets the operations the client supports.</summary>
    public SessionCapabilities Capabilities { get; }

    /// <summary>Gets the per-provider detail of a composite client; empty for a single provider.</summary>
    public IReadOnlyList<SessionClientMetadata> Providers { get; init; } = [];

    /// <summary>Returns whether every given capability is supported.</summary>
    /// <param name="capability">One or more capabilities.</param>
    /// <returns><see langword="true"/> when all are supported.</returns>
    public bool Supports(SessionCapabilities capability) => (Capabilities & capability) == capability;

    /// <inheritdoc />
    public override string ToString() => $"{ProviderName} ({Kind}) {Endpoint} [{Capabilities}]";
}
