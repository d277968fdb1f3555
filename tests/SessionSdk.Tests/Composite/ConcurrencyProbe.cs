using System.Threading.Channels;

namespace SessionSdk.Tests.Composite;

/// <summary>Counts provider calls in flight across fakes and announces each call that starts.</summary>
internal sealed class ConcurrencyProbe
{
    private int _current;
    private int _max;

    public int Current => Volatile.Read(ref _current);

    public int Max => Volatile.Read(ref _max);

    public Channel<string> Started { get; } = Channel.CreateUnbounded<string>();

    public void Enter(string provider)
    {
        var now = Interlocked.Increment(ref _current);
        int max;
        while (now > (max = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, max) != max)
        {
        }

        Started.Writer.TryWrite(provider);
    }

    public void Exit() => Interlocked.Decrement(ref _current);
}
