namespace SessionSdk;

/// <summary>
/// Where a provider's credential comes from and how it is sent: read by the shared options validation ("key or key
/// provider required") and by the shared registration (the credential handler), so each vendor states it once.
/// </summary>
/// <param name="Vendor">The vendor as messages name it, as users know it.</param>
/// <param name="HeaderName">The header the credential goes in.</param>
/// <param name="Scheme">The scheme before the value (<c>Bearer</c>), or <see langword="null"/>.</param>
/// <param name="Provider">The rotating-credential callback, or <see langword="null"/>; it takes precedence over <paramref name="Value"/>.</param>
/// <param name="Value">The static credential.</param>
/// <param name="ProviderOption">The option holding the callback, for example <c>{Vendor}Options.ApiKeyProvider</c>.</param>
/// <param name="ValueOption">The option holding the static value, for example <c>{Vendor}Options.ApiKey</c>.</param>
/// <param name="ValueProblem">A vendor's own check of the static value, made before the header-value rules every credential passes; returns what is wrong or <see langword="null"/>.</param>
internal sealed record SessionCredentialSource(
    string Vendor,
    string HeaderName,
    string? Scheme,
    Func<CancellationToken, ValueTask<SessionCredential>>? Provider,
    string? Value,
    string ProviderOption,
    string ValueOption,
    Func<string, string?>? ValueProblem = null)
{
    /// <summary>Adds what is wrong with the credential options to <paramref name="failures"/>; each message names the option, never the value.</summary>
    public void Validate(List<string> failures, string? registrationName)
    {
        if (Provider is not null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Value))
        {
            failures.Add($"{ValueOption} is required (or set {ProviderOption[(ProviderOption.LastIndexOf('.') + 1)..]}) for {Vendor} registration '{registrationName}'.");
        }
        else if ((ValueProblem?.Invoke(Value) ?? HeaderValueRules.Problem(Value)) is { } problem)
        {
            failures.Add($"{ValueOption} {problem} ({Vendor} registration '{registrationName}').");
        }
    }
}
