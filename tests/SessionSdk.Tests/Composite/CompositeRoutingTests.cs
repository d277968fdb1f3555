namespace SessionSdk.Tests.Composite;

public sealed class CompositeRoutingTests
{
    private readonly FakeSessionClient _kodexa = new("kodexa", []);
    private readonly FakeSessionClient _mobile = new("mobilenext", []);

    private CompositeSessionClient Composite => FakeSessions.Composite([_kodexa, _mobile]);

    [Fact]
    public async Task GetSession_QualifiedId_GoesToThatProviderWithThePlainId()
    {
        var session = await Composite.GetSessionAsync("kodexa/abc");

        Assert.Equal(["Get:abc"], _kodexa.Calls);
        Assert.Empty(_mobile.Calls);
        Assert.Equal("kodexa/abc", session.QualifiedId);
    }

    [Fact]
    public async Task QualifiedId_SplitsAtTheFirstSlash_PassingSlashesInTheIdUnchanged()
    {
        var composite = Composite;

        await composite.GetSessionAsync("mobilenext/a/b/../c");
        await composite.UpdateSessionAsync("MobileNext/x/y", new UpdateSessionRequest());
        await composite.DeleteSessionAsync("kodexa//lead");

        Assert.Equal(["Get:a/b/../c", "Update:x/y"], _mobile.Calls);
        Assert.Equal(["Delete:/lead"], _kodexa.Calls);
    }

    [Fact]
    public async Task QualifiedId_RoundTripsFromAListedSession()
    {
        var listed = new FakeSessionClient("kodexa", [FakeSessions.At("kodexa", "k/1", 1)]);
        var composite = FakeSessions.Composite([listed]);

        var page = await composite.GetSessionPageAsync();
        var again = await composite.GetSessionAsync(page.Items[0].QualifiedId);

        Assert.Equal("k/1", again.Id);
        Assert.Equal(["Get:k/1"], listed.Calls);
    }

    [Theory]
    [InlineData("raydocs/abc")]
    [InlineData("all/abc")]
    public async Task UnknownProvider_Throws_ListingTheRegisteredNames(string id)
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Composite.GetSessionAsync(id));

        Assert.Equal("sessionId", e.ParamName);
        Assert.Contains("Registered: kodexa, mobilenext", e.Message, StringComparison.Ordinal);
        Assert.Empty(_kodexa.Calls);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("/abc")]
    [InlineData("")]
    public async Task IdWithoutProvider_ThrowsBeforeAnyCall(string id)
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Composite.DeleteSessionAsync(id));

        Assert.Contains("{provider}/{id}", e.Message, StringComparison.Ordinal);
        Assert.Contains("kodexa, mobilenext", e.Message, StringComparison.Ordinal);
        Assert.Empty(_kodexa.Calls);
        Assert.Empty(_mobile.Calls);
    }

    [Fact]
    public async Task CreateSession_WithoutATarget_ThrowsListingTheRegisteredNames()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Composite.CreateSessionAsync(new CreateSessionRequest()));

        Assert.Contains("ProviderName", e.Message, StringComparison.Ordinal);
        Assert.Contains("kodexa, mobilenext", e.Message, StringComparison.Ordinal);
        Assert.Empty(_kodexa.Calls);
    }

    [Fact]
    public async Task CreateSession_GoesToTheNamedProvider()
    {
        var composite = Composite;

        await composite.CreateSessionAsync(new CreateSessionRequest { ProviderName = "mobilenext", SessionId = "m-1" });
        await composite.ForProvider("kodexa").CreateSessionAsync(new CreateSessionRequest { SessionId = "k-1" });

        Assert.Equal(["Create:m-1"], _mobile.Calls);
        Assert.Equal(["Create:k-1"], _kodexa.Calls);
    }

    [Fact]
    public async Task CreateSession_UnknownProvider_ThrowsListingTheRegisteredNames()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Composite.CreateSessionAsync(new CreateSessionRequest { ProviderName = "midpilot" }));

        Assert.Contains("'midpilot'", e.Message, StringComparison.Ordinal);
        Assert.Contains("kodexa, mobilenext", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForProvider_ReturnsTheProvidersOwnClient_OrThrowsListingNames()
    {
        Assert.Same(_kodexa, Composite.ForProvider("KODEXA"));
        Assert.Same(_kodexa, _kodexa.ForProvider("kodexa"));
        var e = Assert.Throws<ArgumentException>(() => Composite.ForProvider("raydocs"));
        Assert.Contains("kodexa, mobilenext", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _kodexa.ForProvider("mobilenext"));
    }

    [Fact]
    public void Metadata_IsAll_Composite_WithTheUnionAndEachProvider()
    {
        var noList = new FakeSessionClient("raydocs", [], SessionCapabilities.Get | SessionCapabilities.CreateWithId);
        var composite = FakeSessions.Composite([new FakeSessionClient("kodexa", [], SessionCapabilities.List), noList]);

        Assert.Equal("all", composite.Metadata.ProviderName);
        Assert.Equal("composite", composite.Metadata.Kind);
        Assert.Null(composite.Metadata.Endpoint);
        Assert.Equal(SessionCapabilities.List | SessionCapabilities.Get | SessionCapabilities.CreateWithId, composite.Metadata.Capabilities);
        Assert.Equal(["kodexa", "raydocs"], composite.Metadata.Providers.Select(p => p.ProviderName));
        Assert.Same(noList.Metadata, composite.Metadata.Providers[1]);
    }

    [Fact]
    public void GetService_ReturnsTheProviderRegistry_AndForwardsByProviderKey()
    {
        var composite = Composite;

        var registry = composite.GetService<ISessionClientProvider>();

        Assert.NotNull(registry);
        Assert.Equal(["kodexa", "mobilenext"], registry.ProviderNames);
        Assert.Same(composite, composite.GetService<ISessionClient>());
        Assert.Same(_mobile, composite.GetService<FakeSessionClient>("mobilenext"));
        Assert.Null(composite.GetService<FakeSessionClient>("nope"));
        Assert.Null(composite.GetService<FakeSessionClient>());
    }

    [Fact]
    public void Constructor_DuplicateNames_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CompositeSessionClient([new FakeSessionClient("a", []), new FakeSessionClient("A", [])]));
    }
}
