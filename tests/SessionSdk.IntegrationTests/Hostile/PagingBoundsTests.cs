using System.Web;
using SessionSdk.IntegrationTests.Composite;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.MobileNext;

namespace SessionSdk.IntegrationTests.Hostile;

/// <summary>A vendor whose paging never ends gets a typed error naming it, never an endless loop or a flood of requests.</summary>
public sealed class PagingBoundsTests
{
    /// <summary>Each hostile server gives up after this many requests, so the unbounded behaviour ends (and fails the test) instead of hanging.</summary>
    private const int ServerGivesUpAfter = 2000;

    /// <summary>What a bounded listing may cost a misbehaving vendor.</summary>
    private const int MaxRequestsToAMisbehavingVendor = 64;

    [Fact]
    public async Task MobileNext_EmptyPagesWithFreshCursorsForever_ListingFailsNamingTheProvider()
    {
        var n = 0;
        await using var run = MobileNext(_ => Interlocked.Increment(ref n) < ServerGivesUpAfter
            ? $$"""{"object":"list","data":[],"nextCursor":"c-{{n}}"}"""
            : """{"object":"list","data":[],"nextCursor":null}""");

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => Drain(run.Client("mobilenext")));

        Assert.Equal("mobilenext", error.ProviderName);
        Assert.InRange(run.Server.Requests.Count, 2, MaxRequestsToAMisbehavingVendor);
    }

    [Fact]
    public async Task MobileNext_CursorsAlternatingAB_ListingFailsNamingTheProvider()
    {
        var n = 0;
        await using var run = MobileNext(request =>
        {
            var before = Query(request, "before");
            return Interlocked.Increment(ref n) >= ServerGivesUpAfter
                ? """{"object":"list","data":[],"nextCursor":null}"""
                : before == "A"
                    ? $$"""{"object":"list","data":[{{MobileNextTestServer.GroupedSession("s-a", "2026-11-20T09:00:00Z")}}],"nextCursor":"B"}"""
                    : $$"""{"object":"list","data":[{{MobileNextTestServer.GroupedSession("s-b", "2026-11-20T08:00:00Z")}}],"nextCursor":"A"}""";
        });

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => Drain(run.Client("mobilenext")));

        Assert.Equal("mobilenext", error.ProviderName);
        Assert.InRange(run.Server.Requests.Count, 2, MaxRequestsToAMisbehavingVendor);
    }

    [Fact]
    public async Task MobileNext_TheSameCursorBack_IsAResponseErrorNotAnInvalidOperation()
    {
        await using var run = MobileNext(_ => $$"""{"object":"list","data":[{{MobileNextTestServer.GroupedSession("s-a", "2026-11-20T09:00:00Z")}}],"nextCursor":"c-1"}""");

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => Drain(run.Client("mobilenext")));

        Assert.Equal("mobilenext", error.ProviderName);
        Assert.Equal(2, run.Server.Requests.Count);
    }

    [Fact]
    public async Task Kodexa_NotLastForeverWithIdenticalContent_ListingFailsNamingTheProvider()
    {
        var n = 0;
        await using var run = Kodexa(request =>
        {
            var last = Interlocked.Increment(ref n) >= ServerGivesUpAfter ? "true" : "false";
            var number = int.TryParse(Query(request, "page"), out var page) ? page : 1;
            return $$"""{"content":[{{KodexaListStubs.Session("s-1", 1)}},{{KodexaListStubs.Session("s-2", 2)}}],"last":{{last}},"number":{{number}}}""";
        });

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => Drain(run.Client("kodexa")));

        Assert.Equal("kodexa", error.ProviderName);
        Assert.InRange(run.Server.Requests.Count, 2, MaxRequestsToAMisbehavingVendor);
    }

    [Fact]
    public async Task Kodexa_PageNumberAtIntMax_IsAResponseError_NotTheCallersFault()
    {
        await using var run = Kodexa(_ => $$"""{"content":[{{KodexaListStubs.Session("s-1", 1)}}],"last":false,"number":2147483647}""");

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => Drain(run.Client("kodexa")));

        Assert.Equal("kodexa", error.ProviderName);
        Assert.Single(run.Server.Requests);
    }

    [Fact]
    public async Task Composite_MobileNextEmptyPagesForever_APageCallReturns_AndTheListingFailsNamingMobileNext()
    {
        var n = 0;
        await using var run = RawRun.Start(
            request =>
            {
                if (request.Target.StartsWith("/api/sessions", StringComparison.Ordinal))
                {
                    return RawHttpServer.Response(200, $$"""{"content":[{{KodexaListStubs.Session("k-1", 1)}}],"last":true,"number":1}""");
                }

                if (request.Target.StartsWith("/api/orchestrator-agent-sessions", StringComparison.Ordinal))
                {
                    return RawHttpServer.Response(200, """{"content":[],"last":true,"number":1}""");
                }

                return RawHttpServer.Response(200, Interlocked.Increment(ref n) < ServerGivesUpAfter
                    ? $$"""{"object":"list","data":[],"nextCursor":"c-{{n}}"}"""
                    : """{"object":"list","data":[],"nextCursor":null}""");
            },
            (b, uri) =>
            {
                b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKey = "key-1"; });
                b.AddMobileNext(o => { o.BaseAddress = uri; o.ApiKey = "mob_1"; });
            });
        var composite = run.Services.GetRequiredService<ISessionClient>();

        var page = await composite.GetSessionPageAsync(new SessionQuery { PageSize = 10 });

        Assert.Equal(["k-1"], page.Items.Select(s => s.Id));
        Assert.InRange(n, 1, MaxRequestsToAMisbehavingVendor);
        var failure = Assert.Single(page.Errors);
        Assert.Equal("mobilenext", failure.ProviderName);
        Assert.IsType<SessionResponseException>(failure.Exception);

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => Drain(composite));
        Assert.Equal("mobilenext", error.ProviderName);
        Assert.InRange(n, 1, 3 * MaxRequestsToAMisbehavingVendor);
    }

    [Fact]
    public async Task Composite_TotalTimeoutBoundsAProvidersWholePageCall_NotEachRequest()
    {
        var time = new VirtualTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var n = 0;
        var transport = new ScriptedTransport(async (_, ct) =>
        {
            // Each page takes a virtual second, well within the 3 s TotalTimeout of one request.
            await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent($$"""{"object":"list","data":[],"nextCursor":"c-{{Interlocked.Increment(ref n)}}"}""", System.Text.Encoding.UTF8, "application/json"),
            };
        });
        var services = new ServiceCollection().AddSingleton<TimeProvider>(time);
        services.AddSessionClients()
            .AddMobileNext(o => { o.ApiKey = "mob_1"; o.TotalTimeout = TimeSpan.FromSeconds(3); })
            .ConfigureHttpClient("mobilenext", b => b.ConfigurePrimaryHttpMessageHandler(() => transport));
        await using var provider = services.BuildServiceProvider();
        var composite = provider.GetRequiredService<ISessionClient>();

        var error = await Assert.ThrowsAsync<SessionTimeoutException>(() => composite.GetSessionPageAsync(new SessionQuery { PageSize = 10 }));

        Assert.Equal("mobilenext", error.ProviderName);
        Assert.InRange(time.Elapsed, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4));
        Assert.InRange(n, 1, 4);
    }

    private static async Task Drain(ISessionClient client)
    {
        await foreach (var _ in client.ListSessionsAsync(new SessionQuery { PageSize = 10 }))
        {
        }
    }

    private static string? Query(RawRequest request, string name)
    {
        var question = request.Target.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? null : HttpUtility.ParseQueryString(request.Target[(question + 1)..])[name];
    }

    private static RawRun MobileNext(Func<RawRequest, string> list) =>
        RawRun.Start(request => RawHttpServer.Response(200, list(request)), (b, uri) => b.AddMobileNext(o => { o.BaseAddress = uri; o.ApiKey = "mob_1"; }));

    private static RawRun Kodexa(Func<RawRequest, string> list) =>
        RawRun.Start(request => RawHttpServer.Response(200, list(request)), (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKey = "key-1"; }));
}
