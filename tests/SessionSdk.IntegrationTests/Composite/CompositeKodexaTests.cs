using System.Net;
using SessionSdk.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static SessionSdk.IntegrationTests.Composite.KodexaListStubs;

namespace SessionSdk.IntegrationTests.Composite;

/// <summary>
/// The composite over three listing Kodexa providers on one WireMock server — <c>kodexa</c>, <c>kodexa-agents</c> and a
/// second tenant <c>tenant2</c> under <c>/tenant2</c> (its <c>tenant2-agents</c> client lists nothing) — whose sessions
/// interleave in time.
/// </summary>
public sealed class CompositeKodexaTests
{
    private const int ProviderPageSize = 2;

    /// <summary>Newest first: minutes ago 1 (kodexa), 2, 3 (agents), 4 (tenant2), … the 15-minute tie goes to "kodexa" before "tenant2".</summary>
    private static readonly string[] MergedOrder =
    [
        "kodexa/s-01", "kodexa-agents/a-02", "kodexa-agents/a-03", "tenant2/t-04", "kodexa/s-06", "kodexa/s-07",
        "tenant2/t-08", "kodexa-agents/a-10", "kodexa/s-15", "tenant2/t-15", "kodexa-agents/a-18", "kodexa/s-22",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(50)]
    public async Task Listing_MergesThreeProvidersNewestFirst_AskingKodexaForCreatedOnDesc(int pageSize)
    {
        using var host = StartHost();
        var client = host.Services.GetRequiredService<ISessionClient>();

        var pages = await ReadAllAsync(client, pageSize);

        Assert.Equal(MergedOrder, pages.SelectMany(p => p.Items).Select(s => s.QualifiedId));
        Assert.All(pages, p => Assert.Empty(p.Errors));
        var first = pages[0].Items[0];
        Assert.Equal(Origin.AddMinutes(-1), first.CreatedAt);
        Assert.Equal("kodexa.session", first.Kind);

        var requests = host.Server.LogEntries.Select(e => e.RequestMessage!).ToArray();
        Assert.NotEmpty(requests);
        Assert.All(requests, r =>
        {
            Assert.Equal("GET", r.Method);
            Assert.Equal(["createdOn,desc"], Query(r, "sort"));
            Assert.Equal(["2"], Query(r, "pageSize"));
        });
        Assert.Contains(requests, r => r.Path == "/tenant2/api/sessions" && Query(r, "page") is ["2"]);
        Assert.Contains(requests, r => r.Path == "/tenant2/api/orchestrator-agent-sessions");

        var listed = await client.ListSessionsAsync(new SessionQuery { PageSize = pageSize }).Select(s => s.QualifiedId).ToArrayAsync();
        Assert.Equal(MergedOrder, listed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Listing_ResumesFromEveryToken_InAFreshClient(int pageSize)
    {
        using var host = StartHost();
        var pages = await ReadAllAsync(host.Services.GetRequiredService<ISessionClient>(), pageSize);
        var consumed = 0;

        foreach (var page in pages.SkipLast(1))
        {
            consumed += page.Items.Count;
            var fresh = new CompositeSessionClient(
                host.Services.GetRequiredService<ISessionClientProvider>(),
                new CompositeSessionClientOptions { ProviderPageSize = ProviderPageSize });

            var rest = await ReadAllAsync(fresh, pageSize, new string(page.ContinuationToken!.ToCharArray()));

            Assert.Equal(MergedOrder.Skip(consumed), rest.SelectMany(p => p.Items).Select(s => s.QualifiedId));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task ProviderAnswering503Throughout_IsReportedOncePerPage_TheOthersComplete(int pageSize)
    {
        using var host = StartHost(tenant2Down: true);
        var client = host.Services.GetRequiredService<ISessionClient>();
        var pages = new List<SessionPage>();
        string? token = null;

        // Once only tenant2 is left, the composite throws its failure rather than repeat an empty page forever.
        var thrown = await Assert.ThrowsAsync<SessionClientException>(async () =>
        {
            while (pages.Count < 50)
            {
                var page = await client.GetSessionPageAsync(new SessionQuery { PageSize = pageSize, ContinuationToken = token });
                pages.Add(page);
                token = page.ContinuationToken ?? throw new InvalidOperationException("The listing ended although tenant2 was never read.");
            }
        });

        Assert.Equal(MergedOrder.Where(id => !id.StartsWith("tenant2/", StringComparison.Ordinal)), pages.SelectMany(p => p.Items).Select(s => s.QualifiedId));
        Assert.All(pages, p =>
        {
            var error = Assert.Single(p.Errors);
            Assert.Equal("tenant2", error.ProviderName);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Exception.StatusCode);
            Assert.True(error.Exception.IsTransient);
        });
        Assert.Equal("tenant2", thrown.ProviderName);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, thrown.StatusCode);

        // MaxRetries = 0: one request per page, none repeated by the resilience pipeline.
        Assert.Equal(pages.Count + 1, host.Server.LogEntries.Count(e => e.RequestMessage!.Path == "/tenant2/api/sessions"));
    }

    [Fact]
    public async Task NonKeyedSessionClient_IsTheComposite_AndRoutesQualifiedIds()
    {
        using var host = StartHost();
        host.Server.Given(Request.Create().WithPath("/api/sessions/abc").UsingGet().WithHeader("x-api-key", "k-1"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Session("abc", 5)));
        host.Server.Given(Request.Create().WithPath("/tenant2/api/orchestrator-agent-sessions/a-9").UsingGet().WithHeader("x-api-key", "k-2"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(AgentSession("a-9", 9)));
        var client = host.Services.GetRequiredService<ISessionClient>();

        var session = await client.GetSessionAsync("kodexa/abc");
        var agent = await client.GetSessionAsync("tenant2-agents/a-9");

        Assert.NotNull(client.GetService<CompositeSessionClient>());
        Assert.Equal("kodexa/abc", session.QualifiedId);
        Assert.Equal(SessionStatus.Active, session.Status);
        Assert.Equal("tenant2-agents/a-9", agent.QualifiedId);
        Assert.Equal(["kodexa", "kodexa-agents", "tenant2", "tenant2-agents"], client.Metadata.Providers.Select(p => p.ProviderName));
    }

    private static SessionTestHost StartHost(bool tenant2Down = false)
    {
        var host = SessionTestHost.Start((builder, uri) => builder
            .AddKodexa(o => { o.ApiKey = "k-1"; o.BaseAddress = uri; })
            .AddKodexa(
                o =>
                {
                    o.ApiKey = "k-2";
                    o.BaseAddress = new Uri(uri, "/tenant2/");
                    o.MaxRetries = 0;
                },
                name: "tenant2")
            .ConfigureComposite(o => o.ProviderPageSize = ProviderPageSize));

        ServePages(host.Server, "/api/sessions", "k-1", [Session("s-01", 1), Session("s-06", 6), Session("s-07", 7), Session("s-15", 15), Session("s-22", 22)], ProviderPageSize);
        ServePages(host.Server, "/api/orchestrator-agent-sessions", "k-1", [AgentSession("a-02", 2), AgentSession("a-03", 3), AgentSession("a-10", 10), AgentSession("a-18", 18)], ProviderPageSize);
        ServePages(host.Server, "/tenant2/api/orchestrator-agent-sessions", "k-2", [], ProviderPageSize);
        if (tenant2Down)
        {
            host.Server.Given(Request.Create().WithPath("/tenant2/api/sessions").UsingGet())
                .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/json")
                    .WithBody("""{"message":"Down for maintenance","incidentId":"inc-7"}"""));
        }
        else
        {
            ServePages(host.Server, "/tenant2/api/sessions", "k-2", [Session("t-04", 4), Session("t-08", 8), Session("t-15", 15)], ProviderPageSize);
        }

        return host;
    }

    private static async Task<List<SessionPage>> ReadAllAsync(ISessionClient client, int pageSize, string? token = null)
    {
        var pages = new List<SessionPage>();
        do
        {
            var page = await client.GetSessionPageAsync(new SessionQuery { PageSize = pageSize, ContinuationToken = token });
            pages.Add(page);
            token = page.ContinuationToken;
            Assert.True(pages.Count < 100, "The listing does not end.");
        }
        while (token is not null);
        return pages;
    }
}
