namespace SessionSdk;

/// <summary>
/// The outermost handler of every provider's pipeline, and the one home of the request's context
/// (<see cref="SessionRequestContext"/>): decides once which provider a request belongs to (a registration can serve
/// several, as Kodexa serves <c>kodexa</c> and <c>kodexa-agents</c>, told apart by the provider the call names or by
/// the Refit interface that built the request), where log lines and errors read it; and stamps when the call started,
/// where the retry and rate-limit steps read how much of the call's time budget is left.
/// </summary>
internal sealed class SessionRequestContextHandler : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<Type> RefitInterface = new(Refit.HttpRequestMessageOptions.InterfaceType);
    private static readonly HttpRequestOptionsKey<string> ProviderNameProperty = new(SessionRequestContext.ProviderNameProperty);

    private readonly string _providerName;
    private readonly IReadOnlyDictionary<Type, string> _providerByInterface;
    private readonly TimeProvider _timeProvider;

    public SessionRequestContextHandler(string providerName, IReadOnlyDictionary<Type, string> providerByInterface, TimeProvider timeProvider)
    {
        _providerName = providerName;
        _providerByInterface = providerByInterface;
        _timeProvider = timeProvider;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var name = request.Options.TryGetValue(ProviderNameProperty, out var named) ? named
            : request.Options.TryGetValue(RefitInterface, out var api) && _providerByInterface.TryGetValue(api, out var mapped) ? mapped
            : _providerName;
        SessionRequestContext.Attach(request, new SessionRequestContext(name, _timeProvider.GetTimestamp()));
        return base.SendAsync(request, cancellationToken);
    }
}
