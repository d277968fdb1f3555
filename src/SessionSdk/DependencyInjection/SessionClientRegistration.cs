namespace SessionSdk;

/// <summary>Marks that a provider is registered under a name, in registration order.</summary>
internal sealed record SessionClientRegistration(string Name);
