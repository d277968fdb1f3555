namespace SessionSdk;

/// <summary>Fails an operation a provider does not offer, before any request, with one wording for every provider.</summary>
internal static class SessionOperationGuard
{
    public static NotSupportedException NotSupported(SessionClientMetadata metadata, SessionCapabilities capability, string? why = null) =>
        new($"Provider '{metadata.ProviderName}' ({metadata.Kind}) does not support {capability}: {why ?? "the vendor documents no such operation"}. Check Metadata.Capabilities before calling.");
}
