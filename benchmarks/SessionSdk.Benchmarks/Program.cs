using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/SessionSdk.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
