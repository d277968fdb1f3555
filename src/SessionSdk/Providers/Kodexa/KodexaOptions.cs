namespace SessionSdk.Providers.Kodexa;

/// <summary>Settings for the Kodexa provider (<c>kodexa</c> and <c>kodexa-agents</c>). Bind from configuration section <c>SessionSdk:Kodexa</c>.</summary>
public sealed class KodexaOptions : SessionProviderOptions
{
    /// <summary>The base address used when none is set: <c>https://platform.kodexa.ai</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://platform.kodexa.ai");

    /// <summary>Creates the options with Kodexa's defaults.</summary>
    public KodexaOptions()
    {
        BaseAddress = DefaultBaseAddress;
    }

    /// <summary>Gets or sets the API key (Settings &gt; Access Tokens). Required unless <see cref="ApiKeyProvider"/> is set. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Gets or sets a callback that hands out the current API key, for keys that rotate. It is called once and its
    /// result reused until shortly before <see cref="SessionCredential.ExpiresAt"/> (or after a 401); concurrent calls
    /// share one refresh. Takes precedence over <see cref="ApiKey"/>.
    /// </summary>
    public Func<CancellationToken, ValueTask<SessionCredential>>? ApiKeyProvider { get; set; }

    /// <summary>
    /// Gets or sets whether to send the key in the deprecated <c>x-access-token</c> header instead of <c>x-api-key</c>,
    /// for older Kodexa deployments. Default <see langword="false"/>.
    /// </summary>
    public bool UseLegacyAccessTokenHeader { get; set; }

    /// <summary>
    /// Gets or sets the index of the first list page, 1 (the endpoint pages, the 2022 OpenAPI and Kodexa's own SDK)
    /// or 0 (the introduction page). Paging always stops on the page's <c>last</c> flag. Default 1.
    /// </summary>
    public int FirstPageNumber { get; set; } = 1;

    /// <summary>Gets the root that API paths (<c>/api/…</c>) are appended to: <see cref="SessionProviderOptions.BaseAddress"/> without a trailing <c>/api</c>, since the docs show the base both with and without it.</summary>
    internal override Uri? ServiceRoot => BaseAddressRules.WithoutSuffix(BaseAddress, "/api");

    /// <inheritdoc/>
    internal override SessionCredentialSource GetCredential() => new(
        "Kodexa",
        UseLegacyAccessTokenHeader ? "x-access-token" : "x-api-key",
        Scheme: null,
        ApiKeyProvider,
        ApiKey,
        $"{nameof(KodexaOptions)}.{nameof(ApiKeyProvider)}",
        $"{nameof(KodexaOptions)}.{nameof(ApiKey)}");
}
