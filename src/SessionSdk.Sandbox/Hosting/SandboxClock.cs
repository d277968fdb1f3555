namespace SessionSdk.Sandbox.Hosting;

/// <summary>
/// The sandbox's time. Every write gets a distinct instant, later than the one before and truncated to whole
/// milliseconds, so newest-first order is strict and a timestamp cursor (Mobile Next <c>before</c>) never skips a tie.
/// With a fixed "now" the clock starts there and moves only 1 ms per write, so runs repeat exactly; with a
/// <see cref="TimeProvider"/> it reads that (a test can move it). Asynchronous work (document parsing, extractions,
/// executions, device allocations, jobs) advances one stage per <see cref="Step"/> of this clock.
/// </summary>
internal sealed class SandboxClock
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);
    private readonly object _gate = new();
    private readonly DateTimeOffset? _fixedNow;
    private readonly TimeProvider? _time;
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public SandboxClock(DateTimeOffset? fixedNow, TimeProvider? time = null, TimeSpan? step = null)
    {
        _time = time;
        _fixedNow = time is null && fixedNow is { } now ? Truncate(now.ToUniversalTime()) : null;
        SeedAnchor = _fixedNow ?? new DateTimeOffset((time?.GetUtcNow() ?? DateTimeOffset.UtcNow).UtcDateTime.Date, TimeSpan.Zero);

        // A frozen clock (a fixed "now" and no TimeProvider) never moves, so asynchronous work finishes at once.
        Step = _fixedNow is not null ? TimeSpan.Zero : step ?? TimeSpan.Zero;
    }

    /// <summary>Gets how long each stage of asynchronous work takes on this clock; zero finishes work at once.</summary>
    public TimeSpan Step { get; }

    /// <summary>Gets how many whole stages have passed between <paramref name="start"/> and now (as <see cref="Peek"/> sees it).</summary>
    public int StagesSince(DateTimeOffset start)
    {
        if (Step <= TimeSpan.Zero)
        {
            return int.MaxValue;
        }

        var elapsed = Peek() - start;
        return elapsed <= TimeSpan.Zero ? 0 : (int)Math.Min(int.MaxValue, elapsed.Ticks / Step.Ticks);
    }

    /// <summary>Gets the instant a stage of work started at <paramref name="start"/> ends.</summary>
    public DateTimeOffset StageEnd(DateTimeOffset start, int stages) => start + (Step * stages);

    /// <summary>Gets the instant the seeded data is generated back from: the fixed "now", or today's midnight UTC.</summary>
    public DateTimeOffset SeedAnchor { get; }

    /// <summary>Returns the instant of a new write.</summary>
    public DateTimeOffset Next()
    {
        lock (_gate)
        {
            var now = Now();
            _last = now > _last ? now : _last + Tick;
            return _last;
        }
    }

    /// <summary>Returns the current instant without counting as a write (for error timestamps).</summary>
    public DateTimeOffset Peek()
    {
        lock (_gate)
        {
            var now = Now();
            return now > _last ? now : _last;
        }
    }

    private DateTimeOffset Now() => _fixedNow ?? Truncate(_time?.GetUtcNow() ?? DateTimeOffset.UtcNow);

    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
