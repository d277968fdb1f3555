using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace SessionSdk;

/// <summary>
/// Wraps the primary handler of each SDK client — after every other configuration, including an app's own
/// <c>ConfigurePrimaryHttpMessageHandler</c> — in credential → header guard → disposal tracking. Being part of the
/// primary handler puts these after IHttpClientFactory's own loggers, which therefore never see the credential.
/// </summary>
internal sealed class SessionWireFilter : IHttpMessageHandlerBuilderFilter
{
    private readonly IServiceProvider _services;
    private readonly SessionHandlerTracker _tracker;

    public SessionWireFilter(IServiceProvider services, SessionHandlerTracker tracker)
    {
        _services = services;
        _tracker = tracker;
    }

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name is not { } name || _services.GetKeyedService<SessionPipelineSetup>(name) is not { } setup)
        {
            return;
        }

        HttpMessageHandler wire = new HeaderGuardHandler { InnerHandler = _tracker.Track(builder.PrimaryHandler) };
        if (setup.Credential?.Invoke(builder.Services) is { } credential)
        {
            credential.InnerHandler = wire;
            wire = credential;
        }

        builder.PrimaryHandler = wire;
    };
}
