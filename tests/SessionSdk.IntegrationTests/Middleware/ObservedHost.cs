using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SessionSdk.IntegrationTests.Infrastructure;

namespace SessionSdk.IntegrationTests.Middleware;

/// <summary>A WireMock host whose container logs everything into a <see cref="FakeLogCollector"/> and has its own meter factory.</summary>
internal static class ObservedHost
{
    public static SessionTestHost Start(FakeLogCollector logs, Action<SessionClientsBuilder, Uri> register) =>
        SessionTestHost.Start(
            register,
            services => services
                .AddMetrics()
                .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs))),
            chaos: false);

    public static MetricCollector<double> Durations(SessionTestHost host) =>
        new(host.Services.GetRequiredService<IMeterFactory>(), "SessionSdk", "sessionsdk.client.operation.duration");

    public static MetricCollector<long> SessionsRead(SessionTestHost host) =>
        new(host.Services.GetRequiredService<IMeterFactory>(), "SessionSdk", "sessionsdk.client.sessions.read");

    /// <summary>Gets the records at Information or above: what a host at the default level writes.</summary>
    public static IReadOnlyList<FakeLogRecord> Visible(FakeLogCollector logs) =>
        logs.GetSnapshot().Where(r => r.Level >= LogLevel.Information).ToList();
}
