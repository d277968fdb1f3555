using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SessionSdk;

/// <summary>
/// Registers one named <see cref="HttpClient"/> pipeline for a provider registration:
/// request context → multipart name quoting → logging → typed errors → resilience → response size cap → (the app's
/// handlers) → credentials → header guard → <see cref="SocketsHttpHandler"/> (no redirects, bounded connections,
/// disposed with the provider). The SDK's outer block (request context to typed errors) stays outermost even when the
/// app adds handlers to every client (<c>ConfigureHttpClientDefaults</c>, applied first): an app's own resilience
/// handler then sits where the SDK's would, sees raw responses, and its failures still surface as typed errors.
/// </summary>
internal static class SessionHttpClientRegistration
{
    public static IHttpClientBuilder AddSessionHttpClient(
        this IServiceCollection services,
        string httpClientName,
        string providerName,
        Func<IServiceProvider, SessionProviderOptions> getOptions,
        Func<IServiceProvider, CredentialHandler>? credentialHandler,
        IReadOnlyDictionary<Type, string>? providerByInterface = null)
    {
        providerByInterface ??= new Dictionary<Type, string>();
        var builder = services.AddHttpClient(httpClientName, (sp, client) =>
            {
                client.BaseAddress = getOptions(sp).ServiceRoot;

                // The resilience pipeline's attempt and total timeouts rule, not HttpClient's.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // Following a redirect would send our API-key headers to whatever host the Location names.
                AllowAutoRedirect = false,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(10),
                MaxConnectionsPerServer = getOptions(sp).MaxConnectionsPerServer,
            })
            .RemoveAllLoggers()
            .AddHttpMessageHandler(sp => new SessionRequestContextHandler(providerName, providerByInterface, sp.GetTimeProvider()))
            .AddHttpMessageHandler(() => new MultipartNameQuotingHandler())
            .AddHttpMessageHandler(sp => new SessionLoggingHandler(sp.GetService<ILoggerFactory>()?.CreateLogger("SessionSdk.Http") ?? NullLogger.Instance, providerName))
            .AddHttpMessageHandler(sp => new SessionErrorHandler(providerName, getOptions(sp), sp.GetTimeProvider()));

        services.TryAddSingleton<SessionRateLimiters>();
        builder.AddResilienceHandler("session", (pipeline, context) =>
        {
            SessionResilience.Configure(pipeline, getOptions(context.ServiceProvider), context.ServiceProvider.GetTimeProvider(), context.ServiceProvider.GetRequiredService<SessionRateLimiters>().For(getOptions(context.ServiceProvider)));
            SessionResilienceTelemetry.Configure(pipeline, context.ServiceProvider);
        });
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, sp) => Arrange(handlers, getOptions(sp).UseResilience));

        builder.AddHttpMessageHandler(sp => new ResponseSizeLimitHandler(providerName, getOptions(sp).MaxResponseBytes));

        // Credentials, the header guard and disposal tracking wrap the primary handler (SessionWireFilter), after
        // whatever handlers and loggers the app adds: IHttpClientFactory's default loggers, should an app add them back,
        // log headers in their structured state unredacted, and never see the credential there.
        services.AddKeyedSingleton(httpClientName, new SessionPipelineSetup(getOptions, credentialHandler));
        services.TryAddSingleton<SessionHandlerTracker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, SessionWireFilter>());
        builder.RedactLoggedHeaders(static _ => true);
        return builder;
    }

    /// <summary>
    /// Moves the SDK's outer handlers (request context, multipart quoting, logging, typed errors) in front of handlers
    /// added to every client, and drops the SDK's
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

        // The block [request context, multipart quoting, logging, errors] moves to the front, in its order.
        var first = errors;
        while (first > 0 && handlers[first - 1] is SessionRequestContextHandler or MultipartNameQuotingHandler or SessionLoggingHandler)
        {
            first--;
        }

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
