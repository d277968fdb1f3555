using BenchmarkDotNet.Running;
using SessionSdk.Benchmarks;

// dotnet run -c Release --project benchmarks/SessionSdk.Benchmarks -- --filter '*'   (BenchmarkDotNet: P1 and P3)
// dotnet run -c Release --project benchmarks/SessionSdk.Benchmarks -- cpu            (P1 and P3 at 100 K by thread CPU time, interleaved)
if (args is ["cpu", ..])
{
    ThreadCpuComparison.Run();
    ThreadCpuComparison.RunStreaming();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
