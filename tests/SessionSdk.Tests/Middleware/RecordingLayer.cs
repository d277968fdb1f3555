namespace SessionSdk.Tests.Middleware;

/// <summary>A layer that writes "{name}:{operation}" into a shared journal before passing each call on.</summary>
internal sealed class RecordingLayer(ISessionClient inner, string name, List<string> journal) : DelegatingSessionClient(inner)
{
    public ISessionClient Inner => InnerClient;

    public override Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        Record("Get");
        return base.GetSessionAsync(sessionId, cancellationToken);
    }

    public override Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default)
    {
        Record("List");
        return base.GetSessionPageAsync(query, cancellationToken);
    }

    private void Record(string operation)
    {
        lock (journal)
        {
            journal.Add(name + ":" + operation);
        }
    }
}
