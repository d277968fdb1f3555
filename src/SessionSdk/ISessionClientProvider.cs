using System.Diagnostics.CodeAnalysis;

namespace SessionSdk;

/// <summary>Hands out the registered session clients by provider name.</summary>
public interface ISessionClientProvider
{
    /// <summary>Gets the registered provider names, in registration order.</summary>
    IReadOnlyList<string> ProviderNames { get; }

    /// <summary>Gets the client registered under a name.</summary>
    /// <param name="providerName">The registration name, for example <c>kodexa</c> (case-insensitive).</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">No provider is registered under that name; the message lists the registered names.</exception>
    ISessionClient GetClient(string providerName);

    /// <summary>Gets the client registered under a name, if any.</summary>
    /// <param name="providerName">The registration name (case-insensitive).</param>
    /// <param name="client">The client, when found.</param>
    /// <returns><see langword="true"/> when a provider is registered under that name.</returns>
    bool TryGetClient(string providerName, [NotNullWhen(true)] out ISessionClient? client);
}
