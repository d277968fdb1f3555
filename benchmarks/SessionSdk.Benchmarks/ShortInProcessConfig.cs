using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SessionSdk.Benchmarks;

/// <summary>
/// A short job, in process: the machine is shared, so no per-job build of a boilerplate project (which can outlast
/// BenchmarkDotNet's build timeout) and few iterations.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig() =>
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithIterationCount(8).WithId("short-inproc"));
}
