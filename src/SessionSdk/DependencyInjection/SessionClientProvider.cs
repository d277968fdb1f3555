using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk;

/// <summary>Resolves the keyed session clients by provider name, case-insensitively.</summary>
internal sealed class SessionClientProvider : ISessionClientProvider
{
    private readonly IServiceProvider _services;
    private readonly Dictionary<string, string> _names;

    public SessionClientProvider(IServiceProvider services, IEnumerable<SessionClientRegistration> registrations)
    {
        _services = services;
        ProviderNames = registrations.Select(r => r.Name).ToArray();
        _names = ProviderNames.ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> ProviderNames { get; }

    public ISessionClient GetClient(string providerName) =>
        TryGetClient(providerName, out var client)
            ? client
            : throw SessionProviderNames.Unknown(providerName, ProviderNames, nameof(providerName));

    public bool TryGetClient(string providerName, [NotNullWhen(true)] out ISessionClient? client)
    {
        ArgumentNullException.ThrowIfNull(providerName);
        if (_names.TryGetValue(providerName, out var name))
        {
            client = _services.GetRequiredKeyedService<ISessionClient>(name);
            return true;
        }

        client = null;
        return false;
    }
}
