namespace SessionSdk.Sandbox.Hosting;

/// <summary>
/// The sandbox's time. Every write gets a distinct instant, later than the one before and truncated to whole
/// milliseconds, so newest-first order is strict and a timestamp cursor (Mobile Next <c>before</c>) never skips a tie.
/// With a fixed "now" the clock starts there and moves only 1 ms per write, so runs repeat exactly.
/// </summary>
internal sealed class SandboxClock
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);
    private readonly object _gate = new();
    private readonly DateTimeOffset? _fixedNow;
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public SandboxClock(DateTimeOffset? fixedNow)
    {
        _fixedNow = fixedNow is { } now ? Truncate(now.ToUniversalTime()) : null;
        SeedAnchor = _fixedNow ?? new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
    }

    /// <summary>Gets the instant the seeded data is generated back from: the fixed "now", or today's midnight UTC.</summary>
    public DateTimeOffset SeedAnchor { get; }

    /// <summary>Returns the instant of a new write.</summary>
    public DateTimeOffset Next()
    {
        lock (_gate)
        {
            var now = _fixedNow ?? Truncate(DateTimeOffset.UtcNow);
            _last = now > _last ? now : _last + Tick;
            return _last;
        }
    }

    /// <summary>Returns the current instant without counting as a write (for error timestamps).</summary>
    public DateTimeOffset Peek()
    {
        lock (_gate)
        {
            var now = _fixedNow ?? Truncate(DateTimeOffset.UtcNow);
            return now > _last ? now : _last;
        }
    }

    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
