using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.Benchmarks;

/// <summary>
/// What the middleware layers add to one <c>GetSessionAsync</c> over an in-memory transport (issue 12: with nothing
/// listening, telemetry adds at most 2 %): the provider client alone, the default pipeline with nothing listening and no
/// logger, the same with a logger at Information (the failure-log layer active), and with spans and metrics recorded.
/// </summary>
/// <remarks>dotnet run -c Release --project benchmarks/SessionSdk.Benchmarks -- --filter '*TelemetryOverhead*'</remarks>
[MemoryDiagnoser]
public class TelemetryOverheadBenchmarks
{
    private ServiceProvider? _quiet;
    private ServiceProvider? _logged;
    private ISessionClient? _providerOnly;
    private ISessionClient? _pipeline;
    private ISessionClient? _pipelineWithLogger;
    private ActivityListener? _spans;
    private MeterListener? _metrics;

    [GlobalSetup(Targets = [nameof(ProviderClientOnly), nameof(PipelineNothingListening), nameof(PipelineLoggerAtInformation)])]
    public void Setup()
    {
        _quiet = Build(logging: false);
        _pipeline = _quiet.GetRequiredKeyedService<ISessionClient>("kodexa");
        _providerOnly = _pipeline.GetService<KodexaSessionClient<KodexaSession>>()
            ?? throw new InvalidOperationException("The provider client is not reachable beneath the pipeline.");
        _logged = Build(logging: true);
        _pipelineWithLogger = _logged.GetRequiredKeyedService<ISessionClient>("kodexa");
    }

    [GlobalSetup(Target = nameof(PipelineSpansAndMetricsRecorded))]
    public void SetupListening()
    {
        Setup();
        _spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "SessionSdk",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_spans);
        _metrics = new MeterListener { InstrumentPublished = static (instrument, listener) => { if (instrument.Meter.Name == "SessionSdk") listener.EnableMeasurementEvents(instrument); } };
        _metrics.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _metrics.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        _metrics.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _spans?.Dispose();
        _metrics?.Dispose();
        _quiet?.Dispose();
        _logged?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<Session> ProviderClientOnly() => _providerOnly!.GetSessionAsync("s-1");

    [Benchmark]
    public Task<Session> PipelineNothingListening() => _pipeline!.GetSessionAsync("s-1");

    [Benchmark]
    public Task<Session> PipelineLoggerAtInformation() => _pipelineWithLogger!.GetSessionAsync("s-1");

    [Benchmark]
    public Task<Session> PipelineSpansAndMetricsRecorded() => _pipeline!.GetSessionAsync("s-1");

    private static ServiceProvider Build(bool logging)
    {
        var services = new ServiceCollection();
        if (logging)
        {
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(new DiscardingLoggerProvider()));
        }

        services.AddSessionClients()
            .AddKodexa(o => o.ApiKey = "bench-key")
            .ConfigureHttpClient("kodexa", b => b.ConfigurePrimaryHttpMessageHandler(() => new InMemoryTransport()));
        return services.BuildServiceProvider();
    }

    private sealed class InMemoryTransport : HttpMessageHandler
    {
        private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"s-1","state":"OPEN","changeSequence":3,"createdOn":"2024-01-01T00:00:00Z","token":"t"}""");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Body), RequestMessage = request });
    }

    /// <summary>A sink that is on from Information up and writes nowhere: the cost of the layers, not of a sink.</summary>
    private sealed class DiscardingLoggerProvider : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

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
