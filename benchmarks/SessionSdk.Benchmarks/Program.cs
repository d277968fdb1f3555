using BenchmarkDotNet.Running;
using SessionSdk.Benchmarks;

// dotnet run -c Release --project benchmarks/SessionSdk.Benchmarks -- --filter '*'   (BenchmarkDotNet: P1 and P3)
// dotnet run -c Release --project benchmarks/SessionSdk.Benchmarks -- cpu            (P1, and P3 at 100 K and 1 M, by thread CPU time, interleaved)
if (args is ["cpu", ..])
{
    ThreadCpuComparison.Run();
    ThreadCpuComparison.RunStreaming(sessions: 100_000, rounds: 6);
    Console.WriteLine();
    ThreadCpuComparison.RunStreaming(sessions: 1_000_000, rounds: 2);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
