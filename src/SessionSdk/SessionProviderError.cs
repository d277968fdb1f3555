namespace SessionSdk;

/// <summary>A provider that failed while a composite page was read; the other providers' sessions are still on the page.</summary>
public sealed class SessionProviderError
{
    /// <summary>Creates the error entry.</summary>
    /// <param name="providerName">The provider that failed.</param>
    /// <param name="exception">What it failed with.</param>
    public SessionProviderError(string providerName, SessionClientException exception)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        ArgumentNullException.ThrowIfNull(exception);
        ProviderName = providerName;
        Exception = exception;
    }

    /// <summary>Gets the provider that failed.</summary>
    public string ProviderName { get; }

    /// <summary>Gets the typed failure, as the provider's own client would have thrown it.</summary>
    public SessionClientException Exception { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ProviderName}: {Exception.Message}";
}
