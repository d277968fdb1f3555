namespace SessionSdk;

/// <summary>
/// Holds one registration's <see cref="CredentialCache"/> for the life of the service provider. IHttpClientFactory
/// rebuilds handler chains every few minutes; keeping the cache here means a rebuilt chain reuses the current
/// credential instead of refreshing again, and two chains alive at once never refresh side by side.
/// </summary>
internal sealed class CredentialCacheSlot
{
    private CredentialCache? _cache;

    public CredentialCache GetOrCreate(Func<CredentialCache> create) =>
        LazyInitializer.EnsureInitialized(ref _cache, create);
}
