using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SessionSdk.Benchmarks;

/// <summary>
/// Measures one stream of sessions: CPU time and bytes allocated per session, gen2 collections, the peak heap
/// (sampled per page) and the heap after a full collection at the last session (that one collection is not counted).
/// The last iteration's numbers are kept for the columns. CPU time is the thread's (every page completes synchronously
/// over the canned handler, so the stream runs on one thread, its gen0/gen1 collections included); should the stream
/// change threads, the process's CPU time is used instead.
/// </summary>
internal sealed class StreamProbe
{
    private static readonly ConcurrentDictionary<string, Result> Results = new();

    private readonly string _key;
    private readonly int _thread = Environment.CurrentManagedThreadId;
    private readonly long _threadCpu = ThreadCpuClock.Nanoseconds();
    private readonly TimeSpan _processCpu = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: true);
    private readonly int _gen2 = GC.CollectionCount(2);
    private long _peak;

    private StreamProbe(string key) => _key = key;

    public static IColumn[] Columns { get; } =
    [
        new ProbeColumn("CPU µs/session", r => r.CpuMicrosPerSession.ToString("0.00", CultureInfo.InvariantCulture)),
        new ProbeColumn("B/session", r => r.BytesPerSession.ToString("N0", CultureInfo.InvariantCulture)),
        new ProbeColumn("gen2", r => r.Gen2.ToString(CultureInfo.InvariantCulture)),
        new ProbeColumn("peak heap MB", r => (r.PeakHeap / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)),
        new ProbeColumn("after-GC heap MB", r => (r.AfterGcHeap / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)),
    ];

    public static StreamProbe Start(string method, int sessions) => new($"{method}/{sessions}");

    /// <summary>Gen2 collections during the last stream of <paramref name="method"/>, the probe's own full collection not counted.</summary>
    public static int LastGen2(string method, int sessions) => Results.TryGetValue($"{method}/{sessions}", out var result) ? result.Gen2 : -1;

    /// <summary>The heap after a full collection at the end of the last stream of <paramref name="method"/>, and the peak during it, in bytes.</summary>
    public static (long Peak, long AfterGc) LastHeap(string method, int sessions) =>
        Results.TryGetValue($"{method}/{sessions}", out var result) ? (result.PeakHeap, result.AfterGcHeap) : (-1, -1);

    public void Page(long count) => _peak = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false));

    public void Stop(long count)
    {
        var cpu = ThreadCpuClock.IsThreadTime && Environment.CurrentManagedThreadId == _thread
            ? TimeSpan.FromTicks((ThreadCpuClock.Nanoseconds() - _threadCpu) / 100)
            : Process.GetCurrentProcess().TotalProcessorTime - _processCpu;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
        var gen2 = GC.CollectionCount(2) - _gen2;
        var afterGc = GC.GetTotalMemory(forceFullCollection: true);
        Results[_key] = new Result(cpu.TotalMicroseconds / count, allocated / (double)count, gen2, _peak, afterGc);
    }

    private sealed record Result(double CpuMicrosPerSession, double BytesPerSession, int Gen2, long PeakHeap, long AfterGcHeap);

    private sealed class ProbeColumn(string name, Func<Result, string> format) : IColumn
    {
        public string Id => nameof(StreamProbe) + "." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => name switch
        {
            "gen2" => "Gen2 collections during one stream (the last iteration)",
            "after-GC heap MB" => "Heap after a full collection at the end of the stream",
            "peak heap MB" => "Largest GC.GetTotalMemory sampled once per page",
            _ => name + " over one stream (the last iteration)",
        };

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var sessions = benchmarkCase.Parameters["Sessions"];
            return Results.TryGetValue($"{benchmarkCase.Descriptor.WorkloadMethod.Name}/{sessions}", out var result) ? format(result) : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
