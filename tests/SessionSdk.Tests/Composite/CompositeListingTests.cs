namespace SessionSdk.Tests.Composite;

public sealed class CompositeListingTests
{
    [Fact]
    public async Task GetSessionPage_MergesProvidersNewestFirst_TiesByProviderThenUntimedLast()
    {
        var composite = FakeSessions.Composite(FakeSessions.Interleaved());

        var page = await composite.GetSessionPageAsync(new SessionQuery { PageSize = 100 });

        Assert.Equal(FakeSessions.InterleavedOrder, page.Items.Select(s => s.QualifiedId));
        Assert.Null(page.ContinuationToken);
        Assert.Empty(page.Errors);
        Assert.Empty(page.SkippedProviders);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(19)]
    [InlineData(20)]
    [InlineData(1000)]
    public async Task Paging_AnyPageSize_YieldsTheMergedOrderWithFullPages(int pageSize)
    {
        var composite = FakeSessions.Composite(FakeSessions.Interleaved());

        var pages = await FakeSessions.AllPagesAsync(composite, pageSize);

        Assert.Equal(FakeSessions.InterleavedOrder, FakeSessions.Ids(pages));
        Assert.All(pages.SkipLast(1), p => Assert.Equal(pageSize, p.Items.Count));
        Assert.InRange(pages[^1].Items.Count, 1, pageSize);
        Assert.Null(pages[^1].ContinuationToken);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(50)]
    public async Task Resume_FromEveryToken_InAFreshComposite_ContinuesExactlyWhereThePageStopped(int pageSize)
    {
        var pages = await FakeSessions.AllPagesAsync(FakeSessions.Composite(FakeSessions.Interleaved()), pageSize);
        var consumed = 0;
        foreach (var page in pages.SkipLast(1))
        {
            consumed += page.Items.Count;

            // A new process: new providers, new composite, the token only as text.
            var text = new string(page.ContinuationToken!.ToCharArray());
            var fresh = FakeSessions.Composite(FakeSessions.Interleaved());
            var rest = await FakeSessions.AllPagesAsync(fresh, pageSize, text);

            Assert.Equal(FakeSessions.InterleavedOrder.Skip(consumed), FakeSessions.Ids(rest));
        }
    }

    [Fact]
    public async Task Resume_WithAnotherPageSize_KeepsEachProviderOnItsOriginalPageSize()
    {
        var first = await FakeSessions.Composite(FakeSessions.Interleaved()).GetSessionPageAsync(new SessionQuery { PageSize = 3 });
        var providers = FakeSessions.Interleaved();

        var rest = await FakeSessions.AllPagesAsync(FakeSessions.Composite(providers), 5, first.ContinuationToken);

        Assert.Equal(FakeSessions.InterleavedOrder.Skip(3), FakeSessions.Ids(rest));
        Assert.All(providers.SelectMany(p => p.Queries), q => Assert.Equal(3, q.PageSize));
    }

    [Theory]
    [InlineData(null, 30, 30)]
    [InlineData(null, 500, 100)]
    [InlineData(7, 500, 7)]
    [InlineData(250, 3, 250)]
    public async Task ProviderPageSize_IsTheMergedSizeCappedAt100_UnlessConfigured(int? configured, int pageSize, int expected)
    {
        var providers = FakeSessions.Interleaved();

        await FakeSessions.Composite(providers, o => o.ProviderPageSize = configured).GetSessionPageAsync(new SessionQuery { PageSize = pageSize });

        Assert.All(providers.SelectMany(p => p.Queries), q => Assert.Equal(expected, q.PageSize));
    }

    [Fact]
    public async Task Paging_ReadsProvidersPageByPage_NeverAWholeProviderUpFront()
    {
        var providers = new[] { new FakeSessionClient("big", FakeSessions.Many("big", Enumerable.Range(1, 100).ToArray())), new FakeSessionClient("small", FakeSessions.Many("small", 50)) };
        var composite = FakeSessions.Composite(providers);

        var page = await composite.GetSessionPageAsync(new SessionQuery { PageSize = 5 });

        Assert.Equal(["big/b1", "big/b2", "big/b3", "big/b4", "big/b5"], page.Items.Select(s => s.QualifiedId));
        var query = Assert.Single(providers[0].Queries);
        Assert.Equal(5, query.PageSize);
        Assert.Single(providers[1].Queries);
    }

    [Fact]
    public async Task ProviderQueries_AskNewestFirst_AndCarryTheCallersFilters()
    {
        var providers = FakeSessions.Interleaved();
        var composite = FakeSessions.Composite(providers, o => o.ProviderPageSize = 4);
        var after = FakeSessions.Origin.AddMinutes(-30);
        var query = new SessionQuery { PageSize = 2, CreatedAfter = after, CreatedBefore = FakeSessions.Origin, Status = SessionStatus.Active };
        query.AdditionalProperties["filter"] = "state==OPEN";
        query.AdditionalProperties["sort"] = "name,asc";

        await composite.GetSessionPageAsync(query);

        Assert.All(providers.SelectMany(p => p.Queries), q =>
        {
            Assert.Equal(SessionOrder.NewestFirst, q.Order);
            Assert.Equal("state==OPEN", q.AdditionalProperties["filter"]);
            Assert.Equal(after, q.CreatedAfter);
            Assert.Equal(FakeSessions.Origin, q.CreatedBefore);
            Assert.Equal(SessionStatus.Active, q.Status);
            Assert.Equal(4, q.PageSize);
            Assert.Null(q.ContinuationToken);
        });
        Assert.Equal("name,asc", query.AdditionalProperties["sort"]);
    }

    [Fact]
    public async Task Filters_AProviderThatIgnoresThem_AreStillAppliedByTheComposite()
    {
        var loose = new FakeSessionClient("loose", [FakeSessions.At("loose", "new", 1), FakeSessions.At("loose", "closed", 2, SessionStatus.Closed), FakeSessions.At("loose", "old", 90)]) { IgnoreFilters = true };
        var strict = new FakeSessionClient("strict", [FakeSessions.At("strict", "s", 3)]);
        var composite = FakeSessions.Composite([loose, strict]);

        var query = new SessionQuery { CreatedAfter = FakeSessions.Origin.AddMinutes(-60), Status = SessionStatus.Active, PageSize = 1 };
        var all = await composite.ListSessionsAsync(query).Select(s => s.QualifiedId).ToArrayAsync();

        Assert.Equal(["loose/new", "strict/s"], all);
    }

    [Fact]
    public async Task ListSessionsAsync_OverTheComposite_FollowsTokensToTheEnd()
    {
        var composite = FakeSessions.Composite(FakeSessions.Interleaved());

        var all = await composite.ListSessionsAsync(new SessionQuery { PageSize = 4 }).Select(s => s.QualifiedId).ToArrayAsync();

        Assert.Equal(FakeSessions.InterleavedOrder, all);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Resume_AfterSessionsWereCreatedMeanwhile_RepeatsNothing(int providerPageSize)
    {
        var first = FakeSessions.Composite([new FakeSessionClient("alpha", FakeSessions.Many("alpha", 10, 20, 30, 40, 50, 60))], o => o.ProviderPageSize = providerPageSize);
        var page = await first.GetSessionPageAsync(new SessionQuery { PageSize = 2 });
        Assert.Equal(["alpha/a10", "alpha/a20"], page.Items.Select(s => s.QualifiedId));

        // A session is created at the top before the next page: the provider's first page now starts one later.
        var shifted = new FakeSessionClient("alpha", [FakeSessions.At("alpha", "a5", 5), .. FakeSessions.Many("alpha", 10, 20, 30, 40, 50, 60)]);
        var rest = await FakeSessions.AllPagesAsync(FakeSessions.Composite([shifted]), 2, page.ContinuationToken);

        Assert.Equal(["alpha/a30", "alpha/a40", "alpha/a50", "alpha/a60"], FakeSessions.Ids(rest));
    }

    [Fact]
    public async Task Resume_WithAProviderAddedLater_StartsThatProviderFromItsFirstPage()
    {
        var page = await FakeSessions.Composite([new FakeSessionClient("alpha", FakeSessions.Many("alpha", 1, 2, 3))]).GetSessionPageAsync(new SessionQuery { PageSize = 1 });

        var rest = await FakeSessions.AllPagesAsync(
            FakeSessions.Composite([new FakeSessionClient("alpha", FakeSessions.Many("alpha", 1, 2, 3)), new FakeSessionClient("beta", FakeSessions.Many("beta", 4))]),
            10,
            page.ContinuationToken);

        Assert.Equal(["alpha/a2", "alpha/a3", "beta/b4"], FakeSessions.Ids(rest));
    }

    [Fact]
    public async Task GetSessionPage_NoListingProviders_ReturnsAnEmptyLastPage()
    {
        var composite = FakeSessions.Composite([]);

        var page = await composite.GetSessionPageAsync();

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }
}
