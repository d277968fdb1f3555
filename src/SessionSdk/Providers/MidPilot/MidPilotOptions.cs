namespace SessionSdk.Providers.MidPilot;

/// <summary>
/// Settings for the midPilot Connector Generator provider (<c>midpilot</c>). Bind from configuration section
/// <c>SessionSdk:MidPilot</c>. The server is self-hosted and has no authentication, so the only required setting is
/// <see cref="SessionProviderOptions.BaseAddress"/>.
/// </summary>
public sealed class MidPilotOptions : SessionProviderOptions
{
    /// <summary>Creates the options. There is deliberately no default base address: every server is self-hosted.</summary>
    public MidPilotOptions()
    {
        BaseAddress = null;
    }

    /// <summary>
    /// Gets the root that API paths (<c>/api/v1/…</c>) are appended to: <see cref="SessionProviderOptions.BaseAddress"/>
    /// without a trailing <c>/api/v1</c> or <c>/api</c>, since the docs show the base both with and without the prefix
    /// (for example <c>http://localhost:8090</c> and <c>http://localhost:8090/api/v1</c> reach the same server).
    /// </summary>
    internal override Uri? ServiceRoot => BaseAddressRules.WithoutSuffix(BaseAddress, "/api/v1", "/api");
}
