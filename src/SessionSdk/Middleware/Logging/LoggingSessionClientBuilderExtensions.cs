using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SessionSdk;

/// <summary>Places the SDK's failure log in a <see cref="SessionClientBuilder"/> pipeline.</summary>
public static class LoggingSessionClientBuilderExtensions
{
    internal const string LayerName = "SessionSdk.Logging";

    /// <summary>
    /// Logs at this point of the pipeline, under the category <c>SessionSdk.Client</c>: one Warning per failed operation
    /// (event 100: provider, operation, status, error type — never a message, header or body); at Debug, each success
    /// (101), the 404 that <see cref="SessionClientExtensions.TryGetSessionAsync"/> answers with <see langword="null"/> (102)
    /// and the caller's cancellations (103).
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="loggerFactory">The logger factory; <see langword="null"/> takes the one in the pipeline's services.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// Pipelines registered with <c>AddSessionClients()</c> have this layer already, innermost; call this to place it
    /// elsewhere. A pipeline gets the layer once: later calls are ignored. With no logger factory, or with Warning disabled
    /// for the category, it passes calls straight on.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static SessionClientBuilder UseLogging(this SessionClientBuilder builder, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseOnce(LayerName, (inner, services) =>
        {
            var factory = loggerFactory ?? services.GetService<ILoggerFactory>();
            return factory is null || factory == NullLoggerFactory.Instance
                ? inner
                : new LoggingSessionClient(inner, factory.CreateLogger(LoggingSessionClient.Category));
        });
        return builder;
    }
}
