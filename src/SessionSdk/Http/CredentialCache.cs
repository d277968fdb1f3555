namespace SessionSdk;

/// <summary>
/// Holds the current credential and refreshes it at most once at a time: however many calls find it stale, the
/// callback runs once and every caller waiting for it gets its result — whatever its expiry, so a credential is used
/// at least once after it is fetched and a short-lived one cannot set off a storm of refreshes. Each caller waits for a
/// refresh only as long as its own budget allows, even when the callback ignores its token.
/// </summary>
internal sealed class CredentialCache
{
    private static readonly TimeSpan RefreshSkew = TimeSpan.FromSeconds(30);

    /// <summary>How long a fetched credential is used whatever its expiry: a callback that hands out one already expired (or about to) is not asked again on every call; the vendor's 401 still forgets it.</summary>
    private static readonly TimeSpan MinimumUse = TimeSpan.FromSeconds(1);

    private readonly Func<CancellationToken, ValueTask<SessionCredential>> _provider;
    private readonly TimeProvider _timeProvider;
    private readonly string? _scheme;
    private readonly Lock _gate = new();
    private volatile CachedCredential? _current;
    private Task<CachedCredential>? _refresh;

    /// <param name="provider">The callback that fetches the credential.</param>
    /// <param name="timeProvider">The clock expiries are read against.</param>
    /// <param name="optionName">The option the credential comes from, for error messages.</param>
    /// <param name="scheme">The scheme the header value starts with (<c>Bearer</c>), or <see langword="null"/>.</param>
    public CredentialCache(Func<CancellationToken, ValueTask<SessionCredential>> provider, TimeProvider timeProvider, string optionName, string? scheme)
    {
        _provider = provider;
        _timeProvider = timeProvider;
        OptionName = optionName;
        _scheme = scheme;
    }

    /// <summary>Gets the option the credential comes from (for example <c>{Vendor}Options.ApiKeyProvider</c>), for error messages.</summary>
    public string OptionName { get; }

    /// <summary>A cache over a credential that never changes: it is there from the start, and no refresh ever runs.</summary>
    public static CredentialCache Static(string value, string optionName, string? scheme) =>
        new(_ => ValueTask.FromResult(new SessionCredential(value)), TimeProvider.System, optionName, scheme)
        {
            _current = new CachedCredential(value, scheme, expiresAt: null, fetchedAt: DateTimeOffset.MinValue),
        };

    /// <summary>Returns the current credential, refreshing it first when it is stale.</summary>
    /// <exception cref="CredentialUnusableException">The callback returned a value that cannot go in a header.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired while waiting.</exception>
    public async ValueTask<CachedCredential> GetAsync(CancellationToken cancellationToken)
    {
        var seen = _current;
        if (seen is not null && !seen.IsStale(_timeProvider.GetUtcNow()))
        {
            return seen;
        }

        while (true)
        {
            Task<CachedCredential> refresh;
            lock (_gate)
            {
                var current = _current;
                if (current is not null && (!ReferenceEquals(current, seen) || !current.IsStale(_timeProvider.GetUtcNow())))
                {
                    // Refreshed while this caller waited: use it, whatever its expiry.
                    return current;
                }

                if (_refresh is null || _refresh.IsCompleted)
                {
                    _refresh = RefreshAsync(cancellationToken);
                }

                refresh = _refresh;
            }

            try
            {
                return await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The caller that started the refresh gave up; start one of our own.
            }
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

    private async Task<CachedCredential> RefreshAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        var fresh = await _provider(cancellationToken).ConfigureAwait(false)
            ?? throw new CredentialUnusableException($"{OptionName} returned null.");
        if (HeaderValueRules.Problem(fresh.Value) is { } problem)
        {
            throw new CredentialUnusableException($"{OptionName} returned a credential that cannot be sent: it {problem}.");
        }

        var entry = new CachedCredential(fresh.Value, _scheme, fresh.ExpiresAt, _timeProvider.GetUtcNow());
        _current = entry;
        return entry;
    }

    /// <summary>
    /// One credential value as fetched, with what every request that sends it needs, built once and then shared: its
    /// header value, and (on first use) its redactor.
    /// </summary>
    public sealed class CachedCredential(string value, string? scheme, DateTimeOffset? expiresAt, DateTimeOffset fetchedAt)
    {
        private CredentialRedactor? _redactor;

        public string Value { get; } = value;

        /// <summary>Gets the header value: the credential, after the scheme when there is one.</summary>
        public string HeaderValue { get; } = scheme is null ? value : scheme + " " + value;

        /// <summary>Gets the redactor for this value.</summary>
        public CredentialRedactor Redactor => _redactor ??= CredentialRedactor.For(Value);

        /// <summary>
        /// Stale some time before it expires: 30 s, or half its lifetime when that is shorter, so a credential that lives
        /// 20 s is refreshed after 10 s instead of on every call.
        /// </summary>
        public bool IsStale(DateTimeOffset now)
        {
            if (expiresAt is not { } at || now < fetchedAt + MinimumUse)
            {
                return false;
            }

            var lifetime = at - fetchedAt;
            var skew = lifetime <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(RefreshSkew.Ticks, lifetime.Ticks / 2));
            return now >= at - skew;
        }
    }
}
