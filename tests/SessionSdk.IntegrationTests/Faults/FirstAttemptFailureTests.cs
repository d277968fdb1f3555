using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.Kodexa;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SessionSdk.IntegrationTests.Faults;

/// <summary>The chaos mode the CI runs the whole integration suite under, pinned on one provider here.</summary>
public sealed class FirstAttemptFailureTests
{
    [Fact]
    public async Task SafeCallsSurviveAFailedFirstAttempt_UnsafeCallsAreSentOnce()
    {
        using var host = SessionTestHost.Start((b, uri) => b.AddKodexa(o => { o.ApiKey = "k"; o.BaseAddress = uri; }), chaos: true);
        host.Server.Given(Request.Create().WithPath("/api/sessions/s-1").UsingGet()).RespondWith(Response.Create().WithBody(KodexaJson.Session("s-1")));
        host.Server.Given(Request.Create().WithPath("/api/sessions").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody(KodexaJson.Session("s-2")));
        host.Server.Given(Request.Create().WithPath("/api/sessions/s-2").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));

        var read = await host.Client("kodexa").GetSessionAsync("s-1");
        await host.Client("kodexa").CreateSessionAsync(new CreateSessionRequest());
        await host.Client("kodexa").DeleteSessionAsync("s-2");

        Assert.Equal("s-1", read.Id);
        Assert.Equal(1, host.Chaos!.Injected);
        Assert.Equal(["GET", "POST", "DELETE"], RecordedRequests.All(host.Server).Select(e => e.RequestMessage!.Method));
        Assert.Empty(host.Chaos.Violations);
        Assert.True(host.Time.Elapsed > TimeSpan.Zero, "the retry should have waited (in virtual time)");
    }
}
