using System.Diagnostics.Metrics;

namespace SessionSdk;

/// <summary>
/// The SDK's instruments on the <c>SessionSdk</c> meter: made through the container's <see cref="IMeterFactory"/> when
/// there is one (so each host, and each test, has its own), else on one shared meter.
/// </summary>
internal sealed class SessionMetrics
{
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30];

    private static SessionMetrics? _shared;

    public SessionMetrics(IMeterFactory? meterFactory)
    {
        var version = typeof(SessionMetrics).Assembly.GetName().Version?.ToString();
        var meter = meterFactory?.Create(new MeterOptions(SessionTelemetry.Name) { Version = version }) ?? new Meter(SessionTelemetry.Name, version);
        OperationDuration = meter.CreateHistogram<double>(
            SessionTelemetry.OperationDuration,
            unit: "s",
            description: "Duration of session client operations, retries included.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        SessionsRead = meter.CreateCounter<long>(
            SessionTelemetry.SessionsRead,
            unit: "{session}",
            description: "Sessions read from the vendors, by get and by listing.");
    }

    /// <summary>Gets the instruments for clients built without a service provider that has them.</summary>
    public static SessionMetrics Shared => LazyInitializer.EnsureInitialized(ref _shared, static () => new SessionMetrics(null));

    public Histogram<double> OperationDuration { get; }

    public Counter<long> SessionsRead { get; }

    /// <summary>Whether anything listens to a span or an instrument; when not, the telemetry layer passes calls straight on.</summary>
    public bool IsEnabled => OperationDuration.Enabled || SessionsRead.Enabled || SessionTelemetry.Source.HasListeners();
}
