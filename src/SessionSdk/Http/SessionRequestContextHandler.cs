namespace SessionSdk;

/// <summary>
/// The outermost handler of every provider's pipeline: decides once which provider a request belongs to (a registration
/// can serve several, as Kodexa serves <c>kodexa</c> and <c>kodexa-agents</c>, told apart by the Refit interface that
/// built the request) and records it in <see cref="SessionRequestContext"/>, where log lines and errors read it.
/// </summary>
internal sealed class SessionRequestContextHandler : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<Type> RefitInterface = new(Refit.HttpRequestMessageOptions.InterfaceType);

    private readonly string _providerName;
    private readonly IReadOnlyDictionary<Type, string> _providerByInterface;

    public SessionRequestContextHandler(string providerName, IReadOnlyDictionary<Type, string> providerByInterface)
    {
        _providerName = providerName;
        _providerByInterface = providerByInterface;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var name = request.Options.TryGetValue(RefitInterface, out var api) && _providerByInterface.TryGetValue(api, out var mapped) ? mapped : _providerName;
        request.Options.Set(SessionRequestContext.ProviderName, name);
        return base.SendAsync(request, cancellationToken);
    }
}
