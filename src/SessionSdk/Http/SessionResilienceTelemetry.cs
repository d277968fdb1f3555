using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Telemetry;

namespace SessionSdk;

/// <summary>
/// Polly's telemetry for the SDK's own resilience pipelines only: its events log at Debug instead of Information to
/// Error (a success would otherwise write a line, and one unreachable host seven with stack traces — the session client's
/// logging layer writes the one line a failure deserves), and each retry is counted on the operation's span.
/// </summary>
/// <remarks>
/// Everything else configured for <see cref="TelemetryOptions"/> in the container (logger factory, enrichers, listeners)
/// is kept; a <see cref="TelemetryOptions.SeverityProvider"/> of the host's own overrides these levels.
/// </remarks>
internal static class SessionResilienceTelemetry
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, IServiceProvider services)
    {
        var shared = services.GetService<IOptions<TelemetryOptions>>()?.Value;
        var options = shared is null ? new TelemetryOptions() : new TelemetryOptions(shared);
        options.SeverityProvider ??= static args => args.Event.Severity > ResilienceEventSeverity.Debug ? ResilienceEventSeverity.Debug : args.Event.Severity;
        options.TelemetryListeners.Add(RetryCounter.Instance);
        builder.ConfigureTelemetry(options);
    }

    private sealed class RetryCounter : TelemetryListener
    {
        public static readonly RetryCounter Instance = new();

        public override void Write<TResult, TArgs>(in TelemetryEventArguments<TResult, TArgs> args)
        {
            if (typeof(TArgs) == typeof(OnRetryArguments<TResult>))
            {
                SessionTelemetry.RecordRetry();
            }
        }
    }
}
