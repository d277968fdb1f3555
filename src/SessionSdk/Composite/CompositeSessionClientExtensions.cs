namespace SessionSdk;

/// <summary>Conveniences for the composite client (<see cref="CompositeSessionClient"/>).</summary>
public static class CompositeSessionClientExtensions
{
    /// <summary>
    /// Returns the client of one provider: from a composite client, the provider registered under
    /// <paramref name="providerName"/>; from a single provider's client, that client when the name is its own.
    /// </summary>
    /// <param name="client">The composite client (or a provider's client).</param>
    /// <param name="providerName">The registration name, as registered (case-insensitive).</param>
    /// <returns>The provider's own client, which takes the vendor's plain ids.</returns>
    /// <exception cref="ArgumentException">No provider is registered under that name; the message lists the registered names.</exception>
    public static ISessionClient ForProvider(this ISessionClient client, string providerName)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        if (client.GetService(typeof(ISessionClientProvider)) is ISessionClientProvider providers)
        {
            return providers.GetClient(providerName);
        }

        return string.Equals(client.Metadata.ProviderName, providerName, StringComparison.OrdinalIgnoreCase)
            ? client
            : throw new ArgumentException($"Session client '{client.Metadata.ProviderName}' serves only itself, not '{providerName}'. Registered: {client.Metadata.ProviderName}.", nameof(providerName));
    }
}
