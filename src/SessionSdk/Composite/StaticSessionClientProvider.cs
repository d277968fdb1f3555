using System.Diagnostics.CodeAnalysis;

namespace SessionSdk;

/// <summary>An <see cref="ISessionClientProvider"/> over a fixed set of clients, keyed by their <see cref="SessionClientMetadata.ProviderName"/>.</summary>
internal sealed class StaticSessionClientProvider : ISessionClientProvider
{
    private readonly Dictionary<string, ISessionClient> _clients = new(StringComparer.OrdinalIgnoreCase);

    public StaticSessionClientProvider(IEnumerable<ISessionClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var names = new List<string>();
        foreach (var client in clients)
        {
            ArgumentNullException.ThrowIfNull(client, nameof(clients));
            var name = client.Metadata.ProviderName;
            if (!_clients.TryAdd(name, client))
            {
                throw new ArgumentException($"Two clients are named '{name}'; provider names must be unique.", nameof(clients));
            }

            names.Add(name);
        }

        ProviderNames = names;
    }

    public IReadOnlyList<string> ProviderNames { get; }

    public ISessionClient GetClient(string providerName) =>
        TryGetClient(providerName, out var client)
            ? client
            : throw SessionProviderNames.Unknown(providerName, ProviderNames, nameof(providerName));

    public bool TryGetClient(string providerName, [NotNullWhen(true)] out ISessionClient? client)
    {
        ArgumentNullException.ThrowIfNull(providerName);
        return _clients.TryGetValue(providerName, out client);
    }
}
