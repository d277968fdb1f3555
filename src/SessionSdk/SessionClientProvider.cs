using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk;

/// <summary>
/// The one <see cref="ISessionClientProvider"/>: a fixed list of provider names, matched case-insensitively, each
/// resolved to its client on demand — from the container's keyed clients, or from a set of clients handed in.
/// </summary>
internal sealed class SessionClientProvider : ISessionClientProvider
{
    private readonly Dictionary<string, string> _names;
    private readonly Func<string, ISessionClient> _resolve;

    private SessionClientProvider(IReadOnlyList<string> names, Func<string, ISessionClient> resolve)
    {
        ProviderNames = names;
        _names = names.ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);
        _resolve = resolve;
    }

    public IReadOnlyList<string> ProviderNames { get; }

    /// <summary>Resolves the keyed session clients registered through <see cref="SessionClientsBuilder"/>.</summary>
    public static SessionClientProvider FromServices(IServiceProvider services, IEnumerable<SessionClientRegistration> registrations) =>
        new(registrations.Select(r => r.Name).ToArray(), name => services.GetRequiredKeyedService<ISessionClient>(name));

    /// <summary>Hands out a fixed set of clients, keyed by their <see cref="SessionClientMetadata.ProviderName"/>.</summary>
    /// <exception cref="ArgumentException">Two clients have the same provider name.</exception>
    public static SessionClientProvider FromClients(IEnumerable<ISessionClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var byName = new Dictionary<string, ISessionClient>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var client in clients)
        {
            ArgumentNullException.ThrowIfNull(client, nameof(clients));
            var name = client.Metadata.ProviderName;
            if (!byName.TryAdd(name, client))
            {
                throw new ArgumentException($"Two clients are named '{name}'; provider names must be unique.", nameof(clients));
            }

            names.Add(name);
        }

        return new(names, name => byName[name]);
    }

    public ISessionClient GetClient(string providerName) =>
        TryGetClient(providerName, out var client)
            ? client
            : throw SessionExceptionFactory.UnknownProvider(providerName, ProviderNames, nameof(providerName));

    public bool TryGetClient(string providerName, [NotNullWhen(true)] out ISessionClient? client)
    {
        ArgumentNullException.ThrowIfNull(providerName);
        if (_names.TryGetValue(providerName, out var name))
        {
            client = _resolve(name);
            return true;
        }

        client = null;
        return false;
    }
}
