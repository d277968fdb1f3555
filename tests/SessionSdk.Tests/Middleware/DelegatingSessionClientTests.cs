using SessionSdk.Tests.Composite;

namespace SessionSdk.Tests.Middleware;

public sealed class DelegatingSessionClientTests
{
    [Fact]
    public async Task EveryMember_PassesThroughToTheInnerClient()
    {
        var inner = new FakeSessionClient("kodexa", [FakeSessions.At("kodexa", "s-1", null)]);
        var client = new PassThrough(inner);

        var session = await client.GetSessionAsync("s-1");
        var page = await client.GetSessionPageAsync(new SessionQuery { PageSize = 5 });
        await client.CreateSessionAsync(new CreateSessionRequest());
        await client.UpdateSessionAsync("s-1", new UpdateSessionRequest());
        await client.DeleteSessionAsync("s-1");

        Assert.Same(inner.Metadata, client.Metadata);
        Assert.Equal("s-1", session.Id);
        Assert.Equal(["s-1"], page.Items.Select(s => s.Id));
        Assert.Equal(5, Assert.Single(inner.Queries).PageSize);
        Assert.Equal(["Get:s-1", "Create:(new)", "Update:s-1", "Delete:s-1"], inner.Calls);
    }

    [Fact]
    public void GetService_AnswersForItself_ElseAsksTheInnerClient()
    {
        var inner = new FakeSessionClient("kodexa", []);
        var client = new PassThrough(inner);

        Assert.Same(client, client.GetService<PassThrough>());
        Assert.Same(client, client.GetService<ISessionClient>());
        Assert.Same(inner, client.GetService<FakeSessionClient>());
        Assert.Null(client.GetService<PassThrough>(serviceKey: "kodexa"));
        Assert.Null(client.GetService<IDisposable>());
        Assert.Throws<ArgumentNullException>(() => client.GetService(null!));
    }

    [Fact]
    public void Dispose_DisposesAnOwnedInnerClientOnce_AndLeavesOneItDoesNotOwn()
    {
        var owned = new DisposableClient();
        var shared = new DisposableClient();

        var outer = new PassThrough(new PassThrough(owned));
        outer.Dispose();
        outer.Dispose();
        new PassThrough(shared, ownsInnerClient: false).Dispose();

        Assert.Equal(1, owned.Disposals);
        Assert.Equal(0, shared.Disposals);
    }

    [Fact]
    public void NullInnerClient_Throws() => Assert.Throws<ArgumentNullException>(() => new PassThrough(null!));

    private sealed class PassThrough(ISessionClient inner, bool ownsInnerClient = true) : DelegatingSessionClient(inner, ownsInnerClient);

    private sealed class DisposableClient : ISessionClient, IDisposable
    {
        public int Disposals { get; private set; }

        public SessionClientMetadata Metadata { get; } = new("fake", "fake.session", null, SessionCapabilities.None);

        public Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose() => Disposals++;
    }
}
