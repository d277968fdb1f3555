using System.Diagnostics;
using SessionSdk.Sandbox.Tests.Infrastructure;

namespace SessionSdk.Sandbox.Tests.Knobs;

/// <summary>Latency, 503 every Nth request, 429 with Retry-After, and which vendors they hit — each in the vendor's own error shape.</summary>
public sealed class FaultKnobTests
{
    public static TheoryData<SandboxVendors> Vendors => new() { SandboxVendors.Kodexa, SandboxVendors.Raydocs, SandboxVendors.MidPilot, SandboxVendors.MobileNext };

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task ServiceUnavailableEvery3_FailsEveryThirdRequest_BeforeAuthentication_InTheVendorsShape(SandboxVendors vendor)
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { ServiceUnavailableEvery = 3, SeedData = false });
        var (path, auth) = Probe(sandbox, vendor);

        var statuses = new List<HttpStatusCode>();
        WireResponse? failure = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await Wire.GetAsync(sandbox.GetBaseAddress(vendor), path, i == 5 ? [] : auth);
            statuses.Add(response.Status);
            failure ??= response.Status == HttpStatusCode.ServiceUnavailable ? response : null;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, statuses[2]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, statuses[5]);
        Assert.Equal(4, statuses.Count(s => s != HttpStatusCode.ServiceUnavailable));
        AssertVendorErrorShape(vendor, failure!);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task RateLimitEvery2_Answers429WithRetryAfterInWholeSeconds(SandboxVendors vendor)
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { RateLimitEvery = 2, RetryAfter = TimeSpan.FromSeconds(1.5), SeedData = false });
        var (path, auth) = Probe(sandbox, vendor);

        var first = await Wire.GetAsync(sandbox.GetBaseAddress(vendor), path, auth);
        var second = await Wire.GetAsync(sandbox.GetBaseAddress(vendor), path, auth);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), second.Headers.RetryAfter?.Delta);
        AssertVendorErrorShape(vendor, second);
        if (vendor == SandboxVendors.Raydocs)
        {
            Assert.Equal("0", second.Headers.GetValues("X-RateLimit-Remaining").Single());
        }
    }

    [Fact]
    public async Task RateLimitTakesPrecedence_WhenBothFaultsHitTheSameRequest()
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { RateLimitEvery = 2, ServiceUnavailableEvery = 2, SeedData = false });

        await Wire.SendAsync(HttpMethod.Post, sandbox.MidPilotBaseAddress, "/api/v1/session");
        var second = await Wire.SendAsync(HttpMethod.Post, sandbox.MidPilotBaseAddress, "/api/v1/session");

        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
    }

    [Fact]
    public async Task FaultVendors_LimitsFaultsToTheNamedVendors_AndCountsPerVendor()
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions
        {
            ServiceUnavailableEvery = 1,
            FaultVendors = SandboxVendors.Raydocs | SandboxVendors.MidPilot,
            SeedData = false,
        });

        var kodexa = await Wire.GetAsync(sandbox.KodexaBaseAddress, "/api/sessions", ("x-api-key", sandbox.KodexaApiKey));
        var mobile = await Wire.GetAsync(sandbox.MobileNextBaseAddress, "/api/v1/sessions", ("Authorization", "Bearer " + sandbox.MobileNextApiKey));
        var raydocs = await Wire.GetAsync(sandbox.RaydocsBaseAddress, "/extractions/sessions/x", ("Authorization", "Bearer " + sandbox.RaydocsToken));
        var midPilot = await Wire.SendAsync(HttpMethod.Post, sandbox.MidPilotBaseAddress, "/api/v1/session");

        Assert.Equal(HttpStatusCode.OK, kodexa.Status);
        Assert.Equal(HttpStatusCode.OK, mobile.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, raydocs.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, midPilot.Status);
    }

    [Fact]
    public async Task Latency_DelaysTheResponsesOfTheVendorsItAppliesTo()
    {
        var latency = TimeSpan.FromMilliseconds(150);
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { Latency = latency, FaultVendors = SandboxVendors.MidPilot, SeedData = false });
        var slow = Stopwatch.StartNew();
        await Wire.SendAsync(HttpMethod.Post, sandbox.MidPilotBaseAddress, "/api/v1/session");
        slow.Stop();

        Assert.True(slow.Elapsed >= latency - TimeSpan.FromMilliseconds(15), $"took {slow.Elapsed.TotalMilliseconds} ms");
    }

    private static (string Path, (string, string)[] Auth) Probe(SessionSandbox sandbox, SandboxVendors vendor) => vendor switch
    {
        SandboxVendors.Kodexa => ("/api/sessions", [("x-api-key", sandbox.KodexaApiKey)]),
        SandboxVendors.Raydocs => ("/extractions/results/" + Guid.NewGuid(), [("Authorization", "Bearer " + sandbox.RaydocsToken)]),
        SandboxVendors.MidPilot => ("/api/v1/session/" + Guid.NewGuid(), []),
        _ => ("/api/v1/sessions", [("Authorization", "Bearer " + sandbox.MobileNextApiKey)]),
    };

    private static void AssertVendorErrorShape(SandboxVendors vendor, WireResponse response)
    {
        switch (vendor)
        {
            case SandboxVendors.Kodexa:
                Wire.AssertKeys(response.Json, "dateTime", "message", "incidentId", "contextPath");
                break;
            case SandboxVendors.Raydocs:
                Wire.AssertKeys(response.Json, "message");
                break;
            case SandboxVendors.MidPilot:
                Wire.AssertKeys(response.Json, "detail");
                Assert.IsAssignableFrom<JsonValue>(response.Object["detail"]);
                break;
            default:
                Wire.AssertKeys(response.Json, "error");
                Wire.AssertKeys(response.Object["error"], "code", "message");
                break;
        }
    }
}
