using System.Globalization;
using System.Text;

namespace SessionSdk.Benchmarks;

/// <summary>
/// The P1 contenders again, measured by this thread's CPU time instead of wall-clock time, interleaved round by round,
/// so other processes on a shared machine add no time to one contender rather than another. Every contender
/// completes synchronously over the canned handler (checked), so the calling thread's CPU time is all of a call.
/// Run with <c>-- cpu</c>.
/// </summary>
internal static class ThreadCpuComparison
{
    public static void Run(int rounds = 100, int callsPerRound = 2000)
    {
        var bench = new GetSessionBenchmarks();
        bench.Setup();
        (string Name, Func<Task> Call)[] contenders =
        [
            ("raw HttpClient + STJ source-gen, minimal DTO", bench.RawHttpClientMinimal),
            ("Refit alone, minimal DTO", bench.RefitMinimal),
            ("Refit alone, every field", bench.RefitFull),
            ("Refit + factory + standard resilience, minimal DTO", bench.RefitResilientMinimal),
            ("Refit + factory + standard resilience, every field", bench.RefitResilientFull),
            ("SessionSdk, UseResilience = false", bench.SdkResilienceOff),
            ("SessionSdk defaults", bench.SdkDefaults),
        ];

        var cpu = contenders.Select(_ => new List<double>()).ToArray();
        var bytes = contenders.Select(_ => new List<double>()).ToArray();
        var asynchronous = new int[contenders.Length];
        foreach (var (_, call) in contenders)
        {
            for (var i = 0; i < 20_000; i++)
            {
                call().GetAwaiter().GetResult();
            }
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < contenders.Length; k++)
            {
                var c = (k + round) % contenders.Length;
                var call = contenders[c].Call;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var started = ThreadCpuClock.Nanoseconds();
                for (var i = 0; i < callsPerRound; i++)
                {
                    var task = call();
                    if (!task.IsCompleted)
                    {
                        asynchronous[c]++;
                    }

                    task.GetAwaiter().GetResult();
                }

                cpu[c].Add((ThreadCpuClock.Nanoseconds() - started) / 1000.0 / callsPerRound);
                bytes[c].Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)callsPerRound);
            }
        }

        bench.Cleanup();
        // Ratios are taken round by round (each contender against the baseline measured in the same round), then the
        // median: load from other processes shifts whole rounds, not one contender.
        const int baseline = 4;
        var baseBytes = Median(bytes[baseline]);
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Thread CPU time per call, median of {rounds} interleaved rounds of {callsPerRound} calls (CPU ratio: median of the per-round ratios):");
        table.AppendLine();
        table.AppendLine("| one GetSessionAsync | CPU µs | bytes | CPU ratio | bytes ratio | calls not completed synchronously |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|");
        for (var c = 0; c < contenders.Length; c++)
        {
            var m = Median(cpu[c]);
            var b = Median(bytes[c]);
            var ratio = MedianRatio(cpu[c], cpu[baseline]);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {contenders[c].Name} | {m:0.00} | {b:N0} | {ratio:0.00} | {b / baseBytes:0.00} | {asynchronous[c]} |");
        }

        Console.WriteLine(table);

        // The two P1 goals, each against its own contender, per round then the median.
        const int refitAloneFull = 2, sdkOff = 5, sdkDefaults = 6;
        Console.WriteLine(FormattableString.Invariant(
            $"P1: SDK defaults / Refit + standard resilience (every field): CPU {MedianRatio(cpu[sdkDefaults], cpu[baseline]):0.00}x, bytes {Median(bytes[sdkDefaults]) / baseBytes:0.00}x (goal <= 1.1x, <= 1.5x)"));
        Console.WriteLine(FormattableString.Invariant(
            $"P1: SDK UseResilience = false / Refit alone (every field): CPU {MedianRatio(cpu[sdkOff], cpu[refitAloneFull]):0.00}x, bytes {Median(bytes[sdkOff]) / Median(bytes[refitAloneFull]):0.00}x (goal <= 1.2x)"));
        Console.WriteLine();
    }

    /// <summary>P3 the same way: streams of <paramref name="sessions"/> sessions, the SDK and the hand-written loop interleaved.</summary>
    public static void RunStreaming(int sessions = 100_000, int rounds = 6)
    {
        var bench = new StreamingBenchmarks { Sessions = sessions };
        bench.Setup();
        (string Name, string Method, Func<Task<long>> Call)[] contenders =
        [
            ("hand-written paging loop, every field", nameof(StreamingBenchmarks.HandWrittenLoop), bench.HandWrittenLoop),
            ("SessionSdk ListSessionsAsync", nameof(StreamingBenchmarks.Sdk), bench.Sdk),
        ];
        var cpu = contenders.Select(_ => new List<double>()).ToArray();
        var bytes = contenders.Select(_ => new List<double>()).ToArray();
        var gen2 = new int[contenders.Length];
        var peak = new long[contenders.Length];
        var afterGc = new long[contenders.Length];
        foreach (var (_, _, call) in contenders)
        {
            call().GetAwaiter().GetResult();
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < contenders.Length; k++)
            {
                var c = (k + round) % contenders.Length;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var started = ThreadCpuClock.Nanoseconds();
                contenders[c].Call().GetAwaiter().GetResult();
                cpu[c].Add((ThreadCpuClock.Nanoseconds() - started) / 1000.0 / sessions);
                bytes[c].Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)sessions);
                gen2[c] += StreamProbe.LastGen2(contenders[c].Method, sessions);
                var heap = StreamProbe.LastHeap(contenders[c].Method, sessions);
                peak[c] = Math.Max(peak[c], heap.Peak);
                afterGc[c] = Math.Max(afterGc[c], heap.AfterGc);
            }
        }

        bench.Cleanup();
        Console.WriteLine(FormattableString.Invariant($"Streaming {sessions:N0} sessions, median of {rounds} interleaved rounds (thread CPU time; gen2 summed over all rounds; heaps the largest of any round):"));
        Console.WriteLine();
        Console.WriteLine("| contender | CPU µs/session | B/session | CPU ratio | bytes ratio | gen2 (all rounds) | peak heap MB | after-GC heap MB (largest) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var c = 0; c < contenders.Length; c++)
        {
            Console.WriteLine(FormattableString.Invariant($"| {contenders[c].Name} | {Median(cpu[c]):0.00} | {Median(bytes[c]):N0} | {MedianRatio(cpu[c], cpu[0]):0.00} | {Median(bytes[c]) / Median(bytes[0]):0.00} | {gen2[c]} | {peak[c] / 1048576.0:0.0} | {afterGc[c] / 1048576.0:0.0} |"));
        }
    }

    /// <summary>The median of the round-by-round ratios of <paramref name="contender"/> to <paramref name="baseline"/> (both measured in the same rounds).</summary>
    private static double MedianRatio(List<double> contender, List<double> baseline) =>
        Median(contender.Select((value, round) => value / baseline[round]).ToList());

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
