using System.Runtime.ExceptionServices;

namespace SessionSdk;

/// <summary>
/// Reads one merged page: loads every provider's current page (concurrently, bounded), then repeatedly takes the
/// newest head among them — a k-way merge that reads a provider's next page only when its loaded one runs out.
/// </summary>
internal sealed class CompositePageReader : IDisposable
{
    private readonly IReadOnlyList<CompositeCursor> _cursors;
    private readonly SessionQuery _query;
    private readonly bool _failFast;
    private readonly SemaphoreSlim _gate;
    private readonly CancellationTokenSource _linked;
    private readonly List<(CompositeCursor Cursor, SessionClientException Error)> _errors = [];
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<CompositeCursor, (CancellationTokenSource Budget, CancellationTokenSource Linked)> _budgets = [];
    private ExceptionDispatchInfo? _fatal;

    public CompositePageReader(IReadOnlyList<CompositeCursor> cursors, SessionQuery query, CompositeSessionClientOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _timeProvider = timeProvider;
        _cursors = cursors;
        _query = query;
        _failFast = options.FailFast;
        _gate = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Gets the providers that failed during the read, in registration order.</summary>
    public IReadOnlyList<SessionProviderError> Errors =>
        _errors.OrderBy(e => e.Cursor.Order).Select(e => new SessionProviderError(e.Cursor.Name, e.Error)).ToArray();

    public async Task<List<Session>> ReadAsync(int pageSize, CancellationToken cancellationToken)
    {
        var items = new List<Session>(Math.Min(pageSize, 256));
        while (items.Count < pageSize)
        {
            var pending = _cursors.Where(c => c.NeedsLoad).ToArray();
            if (pending.Length > 0)
            {
                await LoadAsync(pending, cancellationToken).ConfigureAwait(false);
            }

            CompositeCursor? best = null;
            foreach (var cursor in _cursors)
            {
                if (cursor.Head is { } head && (best is null || SessionMergeOrder.Compare(head, cursor.Name, best.Head!, best.Name) < 0))
                {
                    best = cursor;
                }
            }

            if (best is null)
            {
                break;
            }

            // The provider already applied the filters it could; this is the final guard for any it could not.
            var session = best.Take();
            if (_query.Matches(session))
            {
                items.Add(session);
            }
        }

        return items;
    }

    public void Dispose()
    {
        foreach (var (budget, linked) in _budgets.Values)
        {
            linked.Dispose();
            budget.Dispose();
        }

        _gate.Dispose();
        _linked.Dispose();
    }

    private async Task LoadAsync(IReadOnlyList<CompositeCursor> cursors, CancellationToken cancellationToken)
    {
        var loads = new Task[cursors.Count];
        for (var i = 0; i < cursors.Count; i++)
        {
            loads[i] = LoadAsync(cursors[i]);
        }

        // Never throws: each load records its own outcome, so one failure cannot hide which one came first.
        await Task.WhenAll(loads).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        _fatal?.Throw();
        if (_failFast && _errors.Count > 0)
        {
            ExceptionDispatchInfo.Throw(_errors[0].Error);
        }
    }

    private async Task LoadAsync(CompositeCursor cursor)
    {
        var (budget, token) = Budget(cursor);
        var mark = cursor.Mark();
        try
        {
            bool ready;
            do
            {
                SessionPage page;
                await _gate.WaitAsync(token).ConfigureAwait(false);
                try
                {
                    page = await cursor.Client.GetSessionPageAsync(CreateQuery(cursor), token).ConfigureAwait(false);
                }
                finally
                {
                    _gate.Release();
                }

                ready = cursor.Load(page);
            }
            while (!ready);
        }
        catch (OperationCanceledException) when (budget?.IsCancellationRequested == true && !_linked.IsCancellationRequested)
        {
            // The provider's TotalTimeout ran out over this page call's requests to it.
            cursor.Reset(mark);
            cursor.Failed = true;
            lock (_errors)
            {
                _errors.Add((cursor, SessionExceptionFactory.Timeout(cursor.Name, "ListSessions")));
            }

            if (_failFast)
            {
                await _linked.CancelAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The caller cancelled, or a sibling failed and ended the read; LoadAsync(cursors) decides which.
            cursor.Failed = true;
        }
        catch (SessionClientException e)
        {
            cursor.Reset(mark);
            cursor.Failed = true;
            lock (_errors)
            {
                _errors.Add((cursor, e));
            }

            if (_failFast)
            {
                await _linked.CancelAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            cursor.Failed = true;
            Interlocked.CompareExchange(ref _fatal, ExceptionDispatchInfo.Capture(e), null);
            await _linked.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The token a provider's requests run under during this page call: the call's own, cut off once the provider's
    /// <see cref="SessionProviderOptions.TotalTimeout"/> has passed over all of them together (it applies per request
    /// inside the provider).
    /// </summary>
    private (CancellationTokenSource? Budget, CancellationToken Token) Budget(CompositeCursor cursor)
    {
        lock (_budgets)
        {
            if (_budgets.TryGetValue(cursor, out var existing))
            {
                return (existing.Budget, existing.Linked.Token);
            }

            if (cursor.Client.GetService(typeof(SessionProviderOptions)) is not SessionProviderOptions { TotalTimeout: var total } || total <= TimeSpan.Zero)
            {
                return (null, _linked.Token);
            }

            var budget = new CancellationTokenSource(total, _timeProvider);
            var linked = CancellationTokenSource.CreateLinkedTokenSource(_linked.Token, budget.Token);
            _budgets[cursor] = (budget, linked);
            return (budget, linked.Token);
        }
    }

    private SessionQuery CreateQuery(CompositeCursor cursor)
    {
        var query = _query.WithContinuationToken(cursor.Token);
        query.PageSize = cursor.PageSize;
        query.Order = SessionOrder.NewestFirst;
        return query;
    }
}
