using SessionSdk.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SessionSdk.IntegrationTests.Kodexa;

public sealed class KodexaSmokeTests
{
    [Fact]
    public async Task GetSession_ReturnsMappedSession()
    {
        using var host = SessionTestHost.Start((b, uri) => b.AddKodexa(o => { o.ApiKey = "k-123"; o.BaseAddress = uri; }));
        host.Server.Given(Request.Create().WithPath("/api/sessions/s-1").UsingGet().WithHeader("x-api-key", "k-123"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"s-1","state":"OPEN","changeSequence":3,"token":"secret"}"""));

        var session = await host.Client("kodexa").GetSessionAsync("s-1");

        Assert.Equal("s-1", session.Id);
        Assert.Equal(SessionStatus.Active, session.Status);
        Assert.Equal("3", session.Version);
    }
}
