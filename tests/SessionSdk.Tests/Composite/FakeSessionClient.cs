using System.Net;

namespace SessionSdk.Tests.Composite;

/// <summary>
/// An in-memory provider: lists its sessions in the order given (newest first, like Kodexa asked to sort), in pages
/// of <see cref="SessionQuery.PageSize"/> with the offset as continuation token, applying <see cref="SessionQuery.Matches"/>.
/// </summary>
internal sealed class FakeSessionClient : ISessionClient
{
    private int _listCalls;

    public FakeSessionClient(string name, IEnumerable<Session> sessions, SessionCapabilities capabilities = FakeSessions.All)
    {
        Sessions = sessions.ToList();
        Metadata = new SessionClientMetadata(name, "fake.session", new Uri("https://" + name + ".example"), capabilities);
    }

    public SessionClientMetadata Metadata { get; }

    public List<Session> Sessions { get; }

    /// <summary>Gets every list query received, in order.</summary>
    public List<SessionQuery> Queries { get; } = [];

    /// <summary>Gets every routed call as "Operation:id".</summary>
    public List<string> Calls { get; } = [];

    /// <summary>Gets or sets a failure for a list call, by zero-based call index; <see langword="null"/> answers normally.</summary>
    public Func<int, Exception?>? FailOn { get; set; }

    /// <summary>Gets or sets what a list call waits for before answering (a gate or a fake-time delay).</summary>
    public Func<int, CancellationToken, Task>? Delay { get; set; }

    public ConcurrencyProbe? Probe { get; set; }

    /// <summary>Gets or sets whether to ignore the filters (to prove the composite's own guard).</summary>
    public bool IgnoreFilters { get; set; }

    public int ListCalls => Volatile.Read(ref _listCalls);

    public static SessionClientException Unavailable(string name) =>
        new($"{name} ListSessions failed with 503 Service Unavailable.") { ProviderName = name, Operation = "ListSessions", StatusCode = HttpStatusCode.ServiceUnavailable, IsTransient = true };

    public Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        Calls.Add("Get:" + sessionId);
        return Task.FromResult(Sessions.FirstOrDefault(s => s.Id == sessionId) ?? FakeSessions.At(Metadata.ProviderName, sessionId, null));
    }

    public async Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new SessionQuery();
        var call = Interlocked.Increment(ref _listCalls) - 1;
        lock (Queries)
        {
            Queries.Add(query);
        }

        Probe?.Enter(Metadata.ProviderName);
        try
        {
            if (Delay is { } delay)
            {
                await delay(call, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (FailOn?.Invoke(call) is { } failure)
            {
                throw failure;
            }

            var offset = query.ContinuationToken is { } token ? int.Parse(token, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var size = query.PageSize ?? 10;
            var items = Sessions.Skip(offset).Take(size).Where(s => IgnoreFilters || query.Matches(s)).ToList();
            var next = offset + size < Sessions.Count ? (offset + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return new SessionPage(items, next);
        }
        finally
        {
            Probe?.Exit();
        }
    }

    public Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("Create:" + (request.SessionId ?? "(new)"));
        return Task.FromResult(FakeSessions.At(Metadata.ProviderName, request.SessionId ?? "new-1", null));
    }

    public Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("Update:" + sessionId);
        return Task.FromResult(FakeSessions.At(Metadata.ProviderName, sessionId, null));
    }

    public Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        Calls.Add("Delete:" + sessionId);
        return Task.CompletedTask;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;
}
