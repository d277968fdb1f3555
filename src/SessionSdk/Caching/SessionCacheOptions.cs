namespace SessionSdk;

/// <summary>
/// How long a provider's sessions stay cached (see <c>UseSessionCache</c> on <c>SessionClientsBuilder</c>). The cache
/// is <c>HybridCache</c>: an in-memory copy per process (L1) in front of the app's <c>IDistributedCache</c> (L2, for
/// example Redis), when one is registered.
/// </summary>
public sealed class SessionCacheOptions
{
    /// <summary>
    /// Gets or sets how long a session stays in the shared (L2) cache after it was read from the vendor. Changes made
    /// outside this app (in the vendor's UI, by another app) are seen at the latest this long after they happen.
    /// Default 1 minute.
    /// </summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets or sets how long each process keeps its own in-memory copy. An update or delete through the SDK removes the
    /// entry from the shared cache and from the in-memory copy of the process that made it, but the in-memory copies of
    /// other replicas are not told (HybridCache has no backplane): they may return the old session for at most this long.
    /// Default 5 seconds; at most <see cref="Expiration"/>.
    /// </summary>
    public TimeSpan LocalCacheExpiration { get; set; } = TimeSpan.FromSeconds(5);
}
