using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SessionSdk;

/// <summary>
/// Registers one named <see cref="HttpClient"/> pipeline for a provider registration:
/// typed errors → resilience → credentials → response size cap → <see cref="SocketsHttpHandler"/> (no redirects).
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
                client.BaseAddress = getOptions(sp).BaseAddress;

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

        builder.AddResilienceHandler("session", (pipeline, context) =>
        {
            SessionResilience.Configure(pipeline, getOptions(context.ServiceProvider), context.ServiceProvider.GetTimeProvider());
            SessionResilienceTelemetry.Configure(pipeline, context.ServiceProvider);
        });

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

    public static TimeProvider GetTimeProvider(this IServiceProvider services) =>
        services.GetService<TimeProvider>() ?? TimeProvider.System;
}
