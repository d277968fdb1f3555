using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SessionSdk;

/// <summary>
/// Registers one named <see cref="HttpClient"/> pipeline for a provider registration:
/// logging → typed errors → resilience → credentials → response size cap → <see cref="SocketsHttpHandler"/> (no redirects).
/// Logging and typed errors stay outermost even when the app adds handlers to every client
/// (<c>ConfigureHttpClientDefaults</c>, applied first): an app's own resilience handler then sits where the SDK's
/// would, sees raw responses, and its failures still surface as the SDK's typed errors.
/// </summary>
internal static class SessionHttpClientRegistration
{
    public static IHttpClientBuilder AddSessionHttpClient(
        this IServiceCollection services,
        string httpClientName,
        string providerName,
        Func<IServiceProvider, SessionProviderOptions> getOptions,
        Func<IServiceProvider, DelegatingHandler>? credentialHandler,
        IReadOnlyDictionary<Type, string>? providerByInterface = null)
    {
        providerByInterface ??= new Dictionary<Type, string>();
        var builder = services.AddHttpClient(httpClientName, (sp, client) =>
            {
                client.BaseAddress = getOptions(sp).ServiceRoot;

                // The resilience pipeline's attempt and total timeouts rule, not HttpClient's.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Following a redirect would send our API-key headers to whatever host the Location names.
                AllowAutoRedirect = false,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(10),
            })
            .RemoveAllLoggers()
            .AddHttpMessageHandler(sp => new SessionLoggingHandler(sp.GetService<ILoggerFactory>()?.CreateLogger("SessionSdk.Http") ?? NullLogger.Instance, providerName))
            .AddHttpMessageHandler(sp => new SessionErrorHandler(providerName, providerByInterface, getOptions(sp), sp.GetTimeProvider()));

        services.TryAddSingleton<SessionRateLimiters>();
        builder.AddResilienceHandler("session", (pipeline, context) =>
        {
            SessionResilience.Configure(pipeline, getOptions(context.ServiceProvider), context.ServiceProvider.GetTimeProvider(), context.ServiceProvider.GetRequiredService<SessionRateLimiters>().For(getOptions(context.ServiceProvider)));
            SessionResilienceTelemetry.Configure(pipeline, context.ServiceProvider);
        });
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, sp) => Arrange(handlers, getOptions(sp).UseResilience));

        if (credentialHandler is not null)
        {
            builder.AddHttpMessageHandler(credentialHandler);
        }

        builder.AddHttpMessageHandler(sp => new ResponseSizeLimitHandler(providerName, getOptions(sp).MaxResponseBytes));

        // Should a user add IHttpClientFactory's default loggers back, their header values stay redacted
        // (.NET 9+ does so by default; kept explicit).
        builder.RedactLoggedHeaders(static _ => true);
        return builder;
    }

    /// <summary>
    /// Moves the SDK's logging and error handlers in front of handlers added to every client, and drops the SDK's
    /// resilience handler (the one right after its error handler) when <see cref="SessionProviderOptions.UseResilience"/> is off.
    /// </summary>
    private static void Arrange(IList<DelegatingHandler> handlers, bool useResilience)
    {
        var errors = -1;
        for (var i = 0; i < handlers.Count && errors < 0; i++)
        {
            errors = handlers[i] is SessionErrorHandler ? i : -1;
        }

        if (errors < 0)
        {
            return;
        }

        if (!useResilience && errors + 1 < handlers.Count && handlers[errors + 1] is ResilienceHandler ours)
        {
            handlers.RemoveAt(errors + 1);
            ours.Dispose();
        }

        // The block [logging, errors] moves to the front, in its order.
        var first = errors > 0 && handlers[errors - 1] is SessionLoggingHandler ? errors - 1 : errors;
        for (var i = first; i <= errors; i++)
        {
            var handler = handlers[i];
            handlers.RemoveAt(i);
            handlers.Insert(i - first, handler);
        }
    }

    public static TimeProvider GetTimeProvider(this IServiceProvider services) =>
        services.GetService<TimeProvider>() ?? TimeProvider.System;
}
