namespace SessionSdk;

/// <summary>
/// Holds the current credential and refreshes it at most once at a time: however many calls find it expired,
/// the callback runs once and every caller gets its result.
/// </summary>
internal sealed class CredentialCache
{
    private static readonly TimeSpan RefreshSkew = TimeSpan.FromSeconds(30);

    private readonly Func<CancellationToken, ValueTask<SessionCredential>> _provider;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile SessionCredential? _current;

    public CredentialCache(Func<CancellationToken, ValueTask<SessionCredential>> provider, TimeProvider timeProvider)
    {
        _provider = provider;
        _timeProvider = timeProvider;
    }

    public static CredentialCache Static(string value) =>
        new(_ => ValueTask.FromResult(new SessionCredential(value)), TimeProvider.System);

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (IsValid(current))
        {
            return current!.Value;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _current;
            if (IsValid(current))
            {
                return current!.Value;
            }

            var fresh = await _provider(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The credential callback returned null.");
            _current = fresh;
            return fresh.Value;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Forgets a credential the vendor rejected, unless it was already replaced.</summary>
    public void Invalidate(string rejectedValue)
    {
        var current = _current;
        if (current is not null && string.Equals(current.Value, rejectedValue, StringComparison.Ordinal))
        {
            Interlocked.CompareExchange(ref _current, null, current);
        }
    }

    private bool IsValid(SessionCredential? credential) =>
        credential is not null && (credential.ExpiresAt is not { } at || at - RefreshSkew > _timeProvider.GetUtcNow());
}
