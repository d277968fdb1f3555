using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk;

/// <summary>Places the SDK's traces and metrics in a <see cref="SessionClientBuilder"/> pipeline.</summary>
public static class OpenTelemetrySessionClientBuilderExtensions
{
    internal const string LayerName = "SessionSdk.OpenTelemetry";

    /// <summary>
    /// Traces and measures every operation at this point of the pipeline: a span per operation on the
    /// <see cref="System.Diagnostics.ActivitySource"/> <c>SessionSdk</c> (<c>GetSession kodexa</c>, parent of the HTTP attempt
    /// spans), the histogram <c>sessionsdk.client.operation.duration</c> (seconds) and the counter
    /// <c>sessionsdk.client.sessions.read</c> on the meter <c>SessionSdk</c>.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// <para>
    /// Pipelines registered with <c>AddSessionClients()</c> have this layer already, innermost; call this to place it
    /// elsewhere (for example outermost, so that calls a cache answers are traced too). A pipeline gets the layer once:
    /// later calls are ignored.
    /// </para>
    /// <para>
    /// It costs nothing measurable until something listens: enable it in the host with
    /// <c>.WithTracing(t =&gt; t.AddSource("SessionSdk"))</c> and <c>.WithMetrics(m =&gt; m.AddMeter("SessionSdk"))</c>.
    /// No attribute ever carries a credential, a header, a body or a message.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static SessionClientBuilder UseOpenTelemetry(this SessionClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseOnce(LayerName, static (inner, services) =>
            new OpenTelemetrySessionClient(inner, services.GetService<SessionMetrics>() ?? SessionMetrics.Shared));
        return builder;
    }
}
