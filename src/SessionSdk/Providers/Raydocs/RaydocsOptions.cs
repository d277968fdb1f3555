namespace SessionSdk.Providers.Raydocs;

/// <summary>Settings for the Raydocs provider (<c>raydocs</c>). Bind from configuration section <c>SessionSdk:Raydocs</c>.</summary>
public sealed class RaydocsOptions : SessionProviderOptions
{
    /// <summary>The base address used when none is set: <c>https://api.raydocs.com</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.raydocs.com");

    /// <summary>Creates the options with Raydocs's defaults.</summary>
    public RaydocsOptions()
    {
        BaseAddress = DefaultBaseAddress;

        // Raydocs documents 100 requests per minute per IP, then 429.
        RateLimit = new SessionRateLimitOptions { PermitLimit = 100, Window = TimeSpan.FromMinutes(1) };
    }

    /// <summary>
    /// Gets or sets the personal access token (dashboard Settings &gt; Access Tokens, for example <c>rd_live_…</c>), without
    /// the <c>Bearer</c> scheme. It needs the <c>sessions-read</c> and <c>sessions-write</c> abilities. Required unless
    /// <see cref="TokenProvider"/> is set. Never logged.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>
    /// Gets or sets a callback that hands out the current token, for tokens that rotate. It is called once and its
    /// result reused until shortly before <see cref="SessionCredential.ExpiresAt"/> (or after a 401); concurrent calls
    /// share one refresh. Takes precedence over <see cref="Token"/>.
    /// </summary>
    public Func<CancellationToken, ValueTask<SessionCredential>>? TokenProvider { get; set; }

    /// <inheritdoc/>
    internal override SessionCredentialSource GetCredential() => new(
        "Raydocs",
        "Authorization",
        "Bearer",
        TokenProvider,
        Token,
        $"{nameof(RaydocsOptions)}.{nameof(TokenProvider)}",
        $"{nameof(RaydocsOptions)}.{nameof(Token)}",
        static token => token.TrimStart().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? "must be the bare token, without the 'Bearer ' scheme" : null);
}
