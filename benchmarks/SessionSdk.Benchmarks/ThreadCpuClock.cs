using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SessionSdk.Benchmarks;

/// <summary>The calling thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>); elsewhere, wall-clock time.</summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    public static bool IsThreadTime { get; } = OperatingSystem.IsLinux();

    public static long Nanoseconds()
    {
        if (IsThreadTime && ClockGetTime(ClockThreadCpuTime, out var spec) == 0)
        {
            return spec.Seconds * 1_000_000_000L + spec.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
