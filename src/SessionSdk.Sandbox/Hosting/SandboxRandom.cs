using System.Globalization;
using System.Text;

namespace SessionSdk.Sandbox.Hosting;

/// <summary>A seeded, thread-safe source of ids and values, so the sandbox's data is the same on every run.</summary>
internal sealed class SandboxRandom
{
    private readonly object _gate = new();
    private readonly Random _random;

    public SandboxRandom(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>Returns a version-4 UUID drawn from the seeded sequence.</summary>
    public Guid NextGuid()
    {
        var bytes = new byte[16];
        lock (_gate)
        {
            _random.NextBytes(bytes);
        }

        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public string NextId() => NextGuid().ToString("D");

    public string NextHex(int byteCount)
    {
        var bytes = new byte[byteCount];
        lock (_gate)
        {
            _random.NextBytes(bytes);
        }

        var builder = new StringBuilder(byteCount * 2);
        foreach (var b in bytes)
        {
            builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    public int Next(int maxExclusive)
    {
        lock (_gate)
        {
            return _random.Next(maxExclusive);
        }
    }

    public int Next(int minInclusive, int maxExclusive)
    {
        lock (_gate)
        {
            return _random.Next(minInclusive, maxExclusive);
        }
    }

    public double NextDouble()
    {
        lock (_gate)
        {
            return _random.NextDouble();
        }
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
