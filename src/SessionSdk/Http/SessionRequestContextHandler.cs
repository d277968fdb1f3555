namespace SessionSdk;

/// <summary>
/// The outermost handler of every provider's pipeline, and the one home of the request's context
/// (<see cref="SessionRequestContext"/>): decides once which provider a request belongs to (a registration can serve
/// several, as Kodexa serves <c>kodexa</c> and <c>kodexa-agents</c>, told apart by the Refit interface that built the
/// request), where log lines and errors read it; and stamps when the call started and how many retries it may take,
/// where the retry strategy reads how much of the call's time budget is left.
/// </summary>
internal sealed class SessionRequestContextHandler : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<Type> RefitInterface = new(Refit.HttpRequestMessageOptions.InterfaceType);

    private readonly string _providerName;
    private readonly IReadOnlyDictionary<Type, string> _providerByInterface;
    private readonly object _maxRetries;
    private readonly bool _retries;
    private readonly TimeProvider _timeProvider;

    public SessionRequestContextHandler(string providerName, IReadOnlyDictionary<Type, string> providerByInterface, SessionProviderOptions options, TimeProvider timeProvider)
    {
        _providerName = providerName;
        _providerByInterface = providerByInterface;
        var maxRetries = options.UseResilience ? options.MaxRetries : 0;
        _maxRetries = maxRetries;
        _retries = maxRetries > 0;
        _timeProvider = timeProvider;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var name = request.Options.TryGetValue(RefitInterface, out var api) && _providerByInterface.TryGetValue(api, out var mapped) ? mapped : _providerName;
        request.Options.Set(SessionRequestContext.ProviderName, name);

        // Only a retry reads the start (to keep a Retry-After wait within the total budget); the retry count is boxed once.
        if (_retries)
        {
            request.Options.Set(SessionRequestContext.StartedAt, _timeProvider.GetTimestamp());
        }

        SessionRequestContext.SetBoxed(request, SessionRequestContext.MaxRetries, _maxRetries);
        return base.SendAsync(request, cancellationToken);
    }
}
