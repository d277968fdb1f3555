using Microsoft.Extensions.Time.Testing;

namespace SessionSdk.IntegrationTests.Infrastructure;

/// <summary>
/// Virtual time for the SDK under test. A wait (a retry back-off, a <c>Retry-After</c>) elapses at once by moving the
/// clock forward; a timeout (a <see cref="CancellationTokenSource"/> timer) fires only when something is really stuck,
/// which the test transport signals with <see cref="ElapseUntilNextTimeout"/>. So tests never sleep, and
/// <see cref="Elapsed"/> tells how much time the SDK would have spent.
/// </summary>
public sealed class VirtualTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly object _moving = new();
    private readonly List<TrackedTimer> _timeouts = [];
    private readonly DateTimeOffset _start;

    public VirtualTimeProvider(DateTimeOffset start)
        : base(start)
    {
        _start = start;
    }

    /// <summary>Gets how much virtual time has passed since the provider was created.</summary>
    public TimeSpan Elapsed => GetUtcNow() - _start;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Every timer is tracked with its due time, whatever created it, so no advance of the clock ever jumps over a
        // pending timer: a jump past one would fire it late and leave the clock beyond it.
        var tracked = new TrackedTimer(this, base.CreateTimer(callback, state, dueTime, period), dueTime);
        lock (_gate)
        {
            _timeouts.Add(tracked);
        }

        var isTimeout = state is CancellationTokenSource || callback.Method.DeclaringType == typeof(CancellationTokenSource);
        if (!isTimeout && dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            // A wait (not a timeout) elapses by itself. To the due time, not by the due time: a work item that runs
            // late, after something else already moved the clock past it, must not add its wait on top.
            var due = GetUtcNow() + dueTime;
            ThreadPool.UnsafeQueueUserWorkItem(_ => ElapseWait(tracked, due), null);
        }

        return tracked;
    }

    /// <summary>Moves the clock to the earliest pending timeout and fires it; returns false when none is pending.</summary>
    public bool ElapseUntilNextTimeout()
    {
        DateTimeOffset? next;
        lock (_gate)
        {
            var now = GetUtcNow();
            next = _timeouts.Where(t => t.DueAt > now).Select(t => t.DueAt).Min();
        }

        if (next is not { } due)
        {
            return false;
        }

        MoveTo(due);
        return true;
    }

    /// <summary>
    /// Moves the clock forward to <paramref name="target"/> (never back), one mover at a time. Absolute, not relative:
    /// a relative advance computed from a clock another thread has moved since would land beyond the target — a
    /// back-off's wait added on top of a timeout already elapsed.
    /// </summary>
    private void MoveTo(DateTimeOffset target)
    {
        lock (_moving)
        {
            if (GetUtcNow() < target)
            {
                SetUtcNow(target);
            }
        }
    }

    /// <summary>
    /// Moves the clock forward by <paramref name="delta"/>, one mover at a time: two concurrent moves of the underlying
    /// fake clock can leave it at the earlier target, that is, move it back.
    /// </summary>
    public new void Advance(TimeSpan delta)
    {
        lock (_moving)
        {
            base.Advance(delta);
        }
    }

    /// <summary>Stands for I/O that never completes: elapses timeouts until <paramref name="cancellationToken"/> is cancelled, then throws.</summary>
    public async Task HangAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < 100 && !cancellationToken.IsCancellationRequested; i++)
        {
            await Task.Yield();
            if (!ElapseUntilNextTimeout())
            {
                await Task.Delay(1, CancellationToken.None);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("Nothing cancelled a hanging request: no timeout was pending.");
    }

    /// <summary>
    /// Lets a wait (a back-off, a <c>Retry-After</c>) elapse, one pending timeout at a time: a timeout due before the
    /// wait ends fires first, and when it cancels the wait (its timer is disposed) the clock stops there, as real time
    /// would — a wait cancelled at the total timeout never pushes the clock past it.
    /// </summary>
    private void ElapseWait(TrackedTimer wait, DateTimeOffset due)
    {
        while (!wait.IsDisposed)
        {
            var now = GetUtcNow();
            if (now >= due)
            {
                return;
            }

            var step = due;
            lock (_gate)
            {
                if (_timeouts.Where(t => t.DueAt > now).Select(t => t.DueAt).Min() is { } timeout && timeout < step)
                {
                    step = timeout;
                }
            }

            MoveTo(step);
        }
    }

    private void Forget(TrackedTimer timer)
    {
        lock (_gate)
        {
            _timeouts.Remove(timer);
        }
    }

    private sealed class TrackedTimer : ITimer
    {
        private readonly VirtualTimeProvider _owner;
        private readonly ITimer _inner;

        public TrackedTimer(VirtualTimeProvider owner, ITimer inner, TimeSpan dueTime)
        {
            _owner = owner;
            _inner = inner;
            SetDue(dueTime);
        }

        public DateTimeOffset? DueAt { get; private set; }

        /// <summary>Whether its owner gave up on it (a cancelled delay disposes its timer).</summary>
        public bool IsDisposed { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            SetDue(dueTime);
            return _inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            IsDisposed = true;
            _owner.Forget(this);
            _inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            IsDisposed = true;
            _owner.Forget(this);
            return _inner.DisposeAsync();
        }

        private void SetDue(TimeSpan dueTime) =>
            DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _owner.GetUtcNow() + dueTime;
    }
}
