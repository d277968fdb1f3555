using Microsoft.Extensions.Options;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.Kodexa;
using SessionSdk.Providers.MobileNext;

namespace SessionSdk.IntegrationTests.Hostile;

/// <summary>Every value the SDK puts in a header is checked before it reaches the wire: no injected header, no smuggled request.</summary>
public sealed class HeaderValueTests
{
    private const string Smuggle = "key\r\nContent-Length: 0\r\n\r\nDELETE /api/sessions/victim HTTP/1.1\r\nX-Smuggled: yes";

    [Fact]
    public async Task ApiKeyProviderWithCrLf_SmugglesNoRequest_AndTheErrorNamesTheOption()
    {
        await using var run = RawRun.Start(
            _ => RawHttpServer.Response(200, KodexaJson.Session("s-1")),
            (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKeyProvider = _ => ValueTask.FromResult(new SessionCredential(Smuggle)); }));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => run.Client("kodexa").GetSessionAsync("s-1"));

        Assert.Contains("KodexaOptions.ApiKeyProvider", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DELETE", error.ToString(), StringComparison.Ordinal);
        Assert.False(error is SessionClientException { IsTransient: true });
        Assert.Empty(run.Server.Requests);
    }

    [Fact]
    public async Task TokenProviderWithCrLf_InjectsNoHeader()
    {
        await using var run = RawRun.Start(
            _ => RawHttpServer.Response(404, "{}"),
            (b, uri) => b.AddRaydocs(o => { o.BaseAddress = uri; o.TokenProvider = _ => ValueTask.FromResult(new SessionCredential("tok\r\nX-Injected: 1")); }));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => run.Client("raydocs").GetSessionAsync("770e8400-e29b-41d4-a716-446655440000"));

        Assert.Contains("RaydocsOptions.TokenProvider", error.Message, StringComparison.Ordinal);
        Assert.Empty(run.Server.Requests);
    }

    public static TheoryData<string, Action<SessionClientsBuilder, Uri>> BadOptions() => new()
    {
        { "KodexaOptions.ApiKey", (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKey = Smuggle; }) },
        { "KodexaOptions.ApiKey", (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKey = "cl\u00e9"; }) },
        { "RaydocsOptions.Token", (b, uri) => b.AddRaydocs(o => { o.BaseAddress = uri; o.Token = "rd\nX-Injected: 1"; }) },
        { "MobileNextOptions.ApiKey", (b, uri) => b.AddMobileNext(o => { o.BaseAddress = uri; o.ApiKey = "mob\r\nX: 1"; }) },
        { "MobileNextOptions.OrganizationId", (b, uri) => b.AddMobileNext(o => { o.BaseAddress = uri; o.ApiKey = "mob_1"; o.OrganizationId = "\u00f6rg"; }) },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task HeaderOptionThatIsNotPrintableAscii_IsRefusedAtStartUp_NamingTheOption(string option, Action<SessionClientsBuilder, Uri> register)
    {
        await using var run = RawRun.Start(_ => RawHttpServer.Response(200, "{}"), register);
        var name = option.StartsWith("Kodexa", StringComparison.Ordinal) ? "kodexa" : option.StartsWith("Raydocs", StringComparison.Ordinal) ? "raydocs" : "mobilenext";

        var error = Assert.Throws<OptionsValidationException>(() => run.Client(name));

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
        Assert.Contains("printable ASCII", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Injected", error.Message, StringComparison.Ordinal);
        Assert.Empty(run.Server.Requests);
    }

    [Fact]
    public async Task HeaderWithCrLf_AddedByAnAppsOwnHandler_IsAnArgumentException_BeforeAnyByteIsSent()
    {
        // Refit strips CR/LF from [Header] parameters itself; a handler of the app's own writes whatever it is given.
        await using var run = RawRun.Start(
            _ => RawHttpServer.Response(200, KodexaJson.Session("s-1")),
            (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKey = "key-1"; })
                .ConfigureHttpClient("kodexa", http => http.AddHttpMessageHandler(() => new TenantHeaderHandler("t-1\r\nContent-Length: 0\r\n\r\nDELETE /api/sessions/victim HTTP/1.1"))));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => run.Client("kodexa").GetSessionAsync("s-1"));

        Assert.Contains("X-Tenant", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DELETE", error.Message, StringComparison.Ordinal);
        Assert.Empty(run.Server.Requests);
    }

    [Fact]
    public async Task NonAsciiPerCallOrganization_IsAnArgumentException_AndNeverOpensTheCircuit()
    {
        await using var run = RawRun.Start(
            _ => RawHttpServer.Response(200, """{"object":"list","data":[],"nextCursor":null}"""),
            (b, uri) => b.AddMobileNext(o => { o.BaseAddress = uri; o.ApiKey = "mob_1"; o.CircuitBreakerMinimumThroughput = 2; }));
        var client = run.Client("mobilenext");
        var api = run.Services.GetRequiredService<IMobileNextSessionsApi>();
        var query = new SessionQuery();
        query.AdditionalProperties["organizationId"] = "\u00f6rg-7";

        for (var i = 0; i < 6; i++)
        {
            await Assert.ThrowsAsync<ArgumentException>(() => client.GetSessionPageAsync(query));
            await Assert.ThrowsAsync<ArgumentException>(() => api.ListSessionsAsync(organizationId: "\u00f6rg-7"));
        }

        Assert.Empty(run.Server.Requests);
        Assert.Equal(TimeSpan.Zero, run.Time.Elapsed);
        var page = await client.GetSessionPageAsync(new SessionQuery());
        Assert.Empty(page.Items);
        Assert.Single(run.Server.Requests);
    }

    [Fact]
    public async Task NonAsciiKeyFromTheProvider_IsNotATransportError_AndIsNotRetried()
    {
        await using var run = RawRun.Start(
            _ => RawHttpServer.Response(200, KodexaJson.Session("s-1")),
            (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKeyProvider = _ => ValueTask.FromResult(new SessionCredential("cl\u00e9-rotated")); }));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => run.Client("kodexa").GetSessionAsync("s-1"));

        Assert.Contains("KodexaOptions.ApiKeyProvider", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be reached", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, run.Time.Elapsed);
        Assert.Empty(run.Server.Requests);
    }

    private sealed class TenantHeaderHandler(string tenant) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation("X-Tenant", tenant);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
