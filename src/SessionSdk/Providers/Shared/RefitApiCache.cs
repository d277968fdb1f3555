namespace SessionSdk;

/// <summary>
/// One typed Refit client per registration, built once instead of per call and per page. It is rebuilt after
/// <see cref="Lifetime"/> — IHttpClientFactory's own handler lifetime — so DNS changes still reach a long-lived app
/// even when the app replaced the SDK's primary handler (whose pooled connections already expire by themselves).
/// </summary>
/// <typeparam name="TApi">The Refit interface.</typeparam>
internal sealed class RefitApiCache<TApi>(Func<TApi> create)
    where TApi : class
{
    /// <summary>How long one instance is used: IHttpClientFactory's default handler lifetime.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private Entry? _current;

    /// <summary>Gets the current client.</summary>
    public TApi Api
    {
        get
        {
            var current = _current;
            var now = Environment.TickCount64;
            if (current is null || now - current.CreatedAt > (long)Lifetime.TotalMilliseconds)
            {
                // Two callers racing here both build one; either is fine, the loser's is simply dropped.
                _current = current = new Entry(create(), now);
            }

            return current.Api;
        }
    }

    private sealed record Entry(TApi Api, long CreatedAt);
}
