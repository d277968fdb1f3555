namespace SessionSdk.Providers.Raydocs;

/// <summary>Checks <see cref="RaydocsOptions"/> at start-up: the shared rules, the token included (bare, without <c>Bearer </c>).</summary>
internal sealed class RaydocsOptionsValidator : SessionProviderOptionsValidator<RaydocsOptions>;
