namespace SessionSdk.Providers.MobileNext;

/// <summary>Settings for the Mobile Next provider (<c>mobilenext</c>). Bind from configuration section <c>SessionSdk:MobileNext</c>.</summary>
public sealed class MobileNextOptions : SessionProviderOptions
{
    /// <summary>The base address used when none is set: <c>https://api.mobilenexthq.com</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.mobilenexthq.com");

    /// <summary>Creates the options with Mobile Next's defaults.</summary>
    public MobileNextOptions()
    {
        BaseAddress = DefaultBaseAddress;
    }

    /// <summary>
    /// Gets or sets the API key (<c>mob_…</c>, from the dashboard's API keys page), sent as
    /// <c>Authorization: Bearer …</c>. Required unless <see cref="ApiKeyProvider"/> is set. Never logged.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Gets or sets a callback that hands out the current API key or token, for credentials that rotate. It is called
    /// once and its result reused until shortly before <see cref="SessionCredential.ExpiresAt"/> (or after a 401);
    /// concurrent calls share one refresh. Takes precedence over <see cref="ApiKey"/>.
    /// </summary>
    public Func<CancellationToken, ValueTask<SessionCredential>>? ApiKeyProvider { get; set; }

    /// <summary>
    /// Gets or sets the organization every call acts on, sent as <c>X-Organization-Id</c> exactly as given (the docs
    /// type it as a string on one page and an integer on another). <see langword="null"/> leaves the choice to the
    /// vendor: the organization the key is bound to, else the caller's default one. A listing can override it per call
    /// with <c>SessionQuery.AdditionalProperties["organizationId"]</c>.
    /// </summary>
    public string? OrganizationId { get; set; }

    /// <inheritdoc/>
    internal override SessionCredentialSource GetCredential() => new(
        "Mobile Next",
        "Authorization",
        "Bearer",
        ApiKeyProvider,
        ApiKey,
        $"{nameof(MobileNextOptions)}.{nameof(ApiKeyProvider)}",
        $"{nameof(MobileNextOptions)}.{nameof(ApiKey)}");
}
