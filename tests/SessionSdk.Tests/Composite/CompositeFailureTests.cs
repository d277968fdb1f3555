namespace SessionSdk.Tests.Composite;

public sealed class CompositeFailureTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task ProviderFailingThroughout_OthersArriveComplete_ErrorOncePerPage_ThenTheFailureIsThrown(int pageSize)
    {
        var providers = FakeSessions.Interleaved();
        var failure = FakeSessionClient.Unavailable("beta");
        providers[1].FailOn = _ => failure;
        var composite = FakeSessions.Composite(providers);
        var pages = new List<SessionPage>();
        string? token = null;

        // Once only beta is left, a page could carry nothing but the same token again: the failure is thrown instead.
        var thrown = await Assert.ThrowsAsync<SessionClientException>(async () =>
        {
            while (true)
            {
                var page = await composite.GetSessionPageAsync(new SessionQuery { PageSize = pageSize, ContinuationToken = token });
                pages.Add(page);
                Assert.True(pages.Count < 100, "The listing does not end.");
                token = page.ContinuationToken ?? throw new InvalidOperationException("The listing ended although beta was never read.");
            }
        });

        Assert.Same(failure, thrown);
        Assert.Equal(FakeSessions.InterleavedOrder.Where(id => !id.StartsWith("beta/", StringComparison.Ordinal)), FakeSessions.Ids(pages));
        Assert.All(pages, p =>
        {
            var error = Assert.Single(p.Errors);
            Assert.Equal("beta", error.ProviderName);
            Assert.Same(failure, error.Exception);
        });
        Assert.Equal(pages.Count + 1, providers[1].ListCalls);
    }

    [Theory]
    [InlineData(1, 1, 2)]
    [InlineData(2, 2, 4)]
    [InlineData(3, 0, 1)]
    [InlineData(4, 3, 5)]
    public async Task ProviderRecoveringMidway_DeliversEverySessionExactlyOnce(int pageSize, int firstFailedCall, int firstGoodCallAgain)
    {
        var providers = FakeSessions.Interleaved();
        providers[2].FailOn = call => call >= firstFailedCall && call < firstGoodCallAgain ? FakeSessionClient.Unavailable("gamma") : null;
        var composite = FakeSessions.Composite(providers, o => o.ProviderPageSize = 2);

        var pages = await FakeSessions.AllPagesAsync(composite, pageSize);
        var ids = FakeSessions.Ids(pages);

        Assert.Equal(FakeSessions.InterleavedOrder.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(FakeSessions.InterleavedOrder.Where(id => id.StartsWith("gamma/", StringComparison.Ordinal)), ids.Where(id => id.StartsWith("gamma/", StringComparison.Ordinal)));
        Assert.Equal(firstGoodCallAgain - firstFailedCall, pages.Sum(p => p.Errors.Count));
        Assert.All(pages, p => Assert.All(p.Errors, e => Assert.Equal("gamma", e.ProviderName)));
    }

    [Fact]
    public async Task FailFast_ThrowsTheProvidersFailure()
    {
        var providers = FakeSessions.Interleaved();
        var failure = FakeSessionClient.Unavailable("gamma");
        providers[2].FailOn = _ => failure;
        var composite = FakeSessions.Composite(providers, o => o.FailFast = true);

        var thrown = await Assert.ThrowsAsync<SessionClientException>(() => composite.GetSessionPageAsync(new SessionQuery { PageSize = 5 }));

        Assert.Same(failure, thrown);
    }

    [Fact]
    public async Task FailFast_CancelsTheOtherProvidersRequests()
    {
        var providers = FakeSessions.Interleaved();
        var cancelled = 0;
        providers[0].Delay = async (_, ct) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancelled);
                throw;
            }
        };
        providers[1].FailOn = _ => FakeSessionClient.Unavailable("beta");
        var composite = FakeSessions.Composite(providers, o => o.FailFast = true);

        var thrown = await Assert.ThrowsAsync<SessionClientException>(() => composite.GetSessionPageAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("beta", thrown.ProviderName);
        Assert.Equal(1, cancelled);
    }

    [Fact]
    public async Task EveryProviderFailing_ThrowsOneExceptionNamingAll()
    {
        var providers = FakeSessions.Interleaved();
        foreach (var provider in providers)
        {
            provider.FailOn = _ => FakeSessionClient.Unavailable(provider.Metadata.ProviderName);
        }

        var thrown = await Assert.ThrowsAsync<SessionClientException>(() => FakeSessions.Composite(providers).GetSessionPageAsync());

        Assert.Equal("all", thrown.ProviderName);
        Assert.True(thrown.IsTransient);
        Assert.Contains("alpha:", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("gamma:", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(3, Assert.IsType<AggregateException>(thrown.InnerException).InnerExceptions.Count);
    }

    [Fact]
    public async Task ProviderThatCannotList_IsSkipped_NotAnError()
    {
        var noList = new FakeSessionClient("raydocs", [FakeSessions.At("raydocs", "r1", 0)], SessionCapabilities.Get | SessionCapabilities.Create);
        var composite = FakeSessions.Composite([.. FakeSessions.Interleaved(), noList]);

        var pages = await FakeSessions.AllPagesAsync(composite, 7);

        Assert.Equal(FakeSessions.InterleavedOrder, FakeSessions.Ids(pages));
        Assert.All(pages, p => Assert.Equal(["raydocs"], p.SkippedProviders));
        Assert.All(pages, p => Assert.Empty(p.Errors));
        Assert.Equal(0, noList.ListCalls);
    }

    [Fact]
    public async Task ProviderRepeatingItsToken_IsReportedInsteadOfLoopingForever()
    {
        var stuck = new StuckClient();
        var composite = FakeSessions.Composite([stuck, new FakeSessionClient("alpha", FakeSessions.Many("alpha", 1))]);

        var page = await composite.GetSessionPageAsync(new SessionQuery { PageSize = 5 });

        Assert.Equal(["alpha/a1"], page.Items.Select(s => s.QualifiedId));
        var error = Assert.Single(page.Errors);
        Assert.IsType<SessionResponseException>(error.Exception);
        Assert.Equal("stuck", error.ProviderName);
    }

    [Fact]
    public async Task CallerCancellation_SurfacesAsOperationCanceled()
    {
        var providers = FakeSessions.Interleaved();
        providers[1].Delay = (_, ct) => Task.Delay(Timeout.Infinite, ct);
        var composite = FakeSessions.Composite(providers);
        using var cts = new CancellationTokenSource();

        var read = composite.GetSessionPageAsync(new SessionQuery(), cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>Hands back an empty page with the token "1" whatever it is asked.</summary>
    private sealed class StuckClient : ISessionClient
    {
        public SessionClientMetadata Metadata { get; } = new("stuck", "fake.session", null, SessionCapabilities.List);

        public Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new SessionPage([], "1"));

        public Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;
    }
}
