using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SessionSdk.Benchmarks;

/// <summary>
/// The SDK's middleware layers alone, over a client that answers at once: their own cost per call in nanoseconds and
/// bytes, free of the transport's noise, to set against a whole <c>GetSessionAsync</c> (<see cref="TelemetryOverheadBenchmarks"/>).
/// </summary>
/// <remarks>dotnet run -c Release --project benchmarks/SessionSdk.Benchmarks -- --filter '*TelemetryLayer*'</remarks>
[MemoryDiagnoser]
public class TelemetryLayerBenchmarks
{
    private ServiceProvider? _services;
    private ISessionClient? _bare;
    private ISessionClient? _telemetryNothingListening;
    private ISessionClient? _telemetryAndLoggingAtInformation;

    [GlobalSetup]
    public void Setup()
    {
        _bare = new InstantClient();
        _services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Information))
            .BuildServiceProvider();
        _telemetryNothingListening = new SessionClientBuilder(_bare).UseOpenTelemetry().Build(_services);
        _telemetryAndLoggingAtInformation = new SessionClientBuilder(_bare).UseOpenTelemetry().UseLogging(new AlwaysOnLoggerFactory()).Build(_services);
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true)]
    public Task<Session> Bare() => _bare!.GetSessionAsync("s-1");

    [Benchmark]
    public Task<Session> TelemetryNothingListening() => _telemetryNothingListening!.GetSessionAsync("s-1");

    [Benchmark]
    public Task<Session> TelemetryAndLoggingAtInformation() => _telemetryAndLoggingAtInformation!.GetSessionAsync("s-1");

    private sealed class InstantClient : ISessionClient
    {
        private static readonly Task<Session> Answer = Task.FromResult(new Session { Id = "s-1", ProviderName = "bench", Kind = "bench.session" });

        public SessionClientMetadata Metadata { get; } = new("bench", "bench.session", new Uri("https://bench.example"), SessionCapabilities.Get);

        public Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default) => Answer;

        public Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;
    }

    private sealed class AlwaysOnLoggerFactory : ILoggerFactory, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }

        public void Dispose()
        {
        }
    }
}
