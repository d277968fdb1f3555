using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using SessionSdk.Sandbox.Tests.Infrastructure;

namespace SessionSdk.Sandbox.Tests;

/// <summary>Starting, addressing, options, determinism and disposal of <see cref="SessionSandbox"/>.</summary>
public sealed class SessionSandboxTests
{
    [Fact]
    public async Task Start_ServesEachVendorOnItsOwnLoopbackPort()
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { SeedData = false });

        Uri[] addresses = [sandbox.KodexaBaseAddress, sandbox.RaydocsBaseAddress, sandbox.MidPilotBaseAddress, sandbox.MobileNextBaseAddress];
        Assert.All(addresses, a =>
        {
            Assert.Equal("http", a.Scheme);
            Assert.Equal("127.0.0.1", a.Host);
            Assert.Equal("/", a.AbsolutePath);
        });
        Assert.Equal(4, addresses.Select(a => a.Port).Distinct().Count());
        Assert.Equal(sandbox.MidPilotBaseAddress, sandbox.GetBaseAddress(SandboxVendors.MidPilot));
        Assert.Throws<ArgumentException>(() => sandbox.GetBaseAddress(SandboxVendors.All));
        Assert.DoesNotContain(sandbox.KodexaApiKey, sandbox.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixedPort_IsUsed()
    {
        var port = FreePort();

        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { MidPilotPort = port, SeedData = false });

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), sandbox.MidPilotBaseAddress);
    }

    [Fact]
    public async Task Dispose_StopsTheListeners_AndIsSafeTwice()
    {
        var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { SeedData = false });
        var address = sandbox.MidPilotBaseAddress;

        await sandbox.DisposeAsync();
        await sandbox.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => Wire.SendAsync(HttpMethod.Post, address, "/api/v1/session"));
    }

    [Fact]
    public async Task Options_AreCopiedAtStart()
    {
        var options = new SessionSandboxOptions { SeedData = false };
        await using var sandbox = await SessionSandbox.StartAsync(options);

        options.KodexaApiKey = "changed-later";

        Assert.Equal("sandbox-kodexa-key", sandbox.KodexaApiKey);
        Assert.Equal(HttpStatusCode.OK, (await Wire.GetAsync(sandbox.KodexaBaseAddress, "/api/sessions", ("x-api-key", "sandbox-kodexa-key"))).Status);
    }

    public static TheoryData<Action<SessionSandboxOptions>, string> InvalidOptions => new()
    {
        { o => o.KodexaApiKey = " ", nameof(SessionSandboxOptions.KodexaApiKey) },
        { o => o.RaydocsToken = "", nameof(SessionSandboxOptions.RaydocsToken) },
        { o => o.MobileNextOrganizationId = "acme", nameof(SessionSandboxOptions.MobileNextOrganizationId) },
        { o => o.Latency = TimeSpan.FromSeconds(-1), nameof(SessionSandboxOptions.Latency) },
        { o => o.ServiceUnavailableEvery = -1, nameof(SessionSandboxOptions.ServiceUnavailableEvery) },
        { o => o.RateLimitEvery = -2, nameof(SessionSandboxOptions.RateLimitEvery) },
        { o => o.RetryAfter = TimeSpan.FromSeconds(-1), nameof(SessionSandboxOptions.RetryAfter) },
        { o => o.KodexaPort = 70000, nameof(SessionSandboxOptions.KodexaPort) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task InvalidOption_ThrowsArgumentExceptionNamingIt(Action<SessionSandboxOptions> change, string name)
    {
        var options = new SessionSandboxOptions();
        change(options);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => SessionSandbox.StartAsync(options));

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public async Task ConfigureLogging_AddsProvidersToTheHosts()
    {
        var capture = new CapturingLoggerProvider();
        await using (var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions
        {
            SeedData = false,
            ConfigureLogging = logging => logging.AddProvider(capture).SetMinimumLevel(LogLevel.Information),
        }))
        {
            await Wire.SendAsync(HttpMethod.Post, sandbox.MidPilotBaseAddress, "/api/v1/session");
        }

        Assert.Contains(capture.Messages, m => m.Contains("/api/v1/session", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FixedNow_SameCallsGiveByteIdenticalResponses()
    {
        var first = await TranscriptAsync();
        var second = await TranscriptAsync();

        Assert.Equal(first, second);
        Assert.Contains("\"createdOn\":\"2026-11-22T12:00:00Z\"", first[0], StringComparison.Ordinal);
        Assert.Contains("\"createdOn\":\"2026-11-22T12:00:00.001Z\"", first[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SystemClock_GivesEveryWriteALaterTimestamp()
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { SeedData = false });
        var auth = ("Authorization", "Bearer " + sandbox.MobileNextApiKey);
        for (var i = 0; i < 5; i++)
        {
            await Wire.SendAsync(HttpMethod.Post, sandbox.MobileNextBaseAddress, "/api/v1/sessions", null, auth);
        }

        var page = (await Wire.GetAsync(sandbox.MobileNextBaseAddress, "/api/v1/sessions", auth)).Object;

        var created = page["data"]!.AsArray().Select(s => Wire.Text(s!["createdAt"])).ToList();
        Assert.Equal(5, created.Distinct().Count());
        Assert.True(DateTimeOffset.Parse(created[0], System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    private static async Task<List<string>> TranscriptAsync()
    {
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { Now = SandboxFixture.Now });
        var key = ("x-api-key", sandbox.KodexaApiKey);
        var mobile = ("Authorization", "Bearer " + sandbox.MobileNextApiKey);
        return
        [
            (await Wire.SendAsync(HttpMethod.Post, sandbox.KodexaBaseAddress, "/api/sessions", "{}", key)).Body,
            (await Wire.SendAsync(HttpMethod.Post, sandbox.KodexaBaseAddress, "/api/sessions", "{}", key)).Body,
            (await Wire.GetAsync(sandbox.KodexaBaseAddress, "/api/sessions?pageSize=1000&sort=createdOn,desc", key)).Body,
            (await Wire.GetAsync(sandbox.KodexaBaseAddress, "/api/orchestrator-agent-sessions?pageSize=1000", key)).Body,
            (await Wire.SendAsync(HttpMethod.Post, sandbox.RaydocsBaseAddress, "/extractions/sessions", $$"""{"extraction_template_id":"{{SandboxExampleIds.RaydocsTemplate}}"}""", ("Authorization", "Bearer " + sandbox.RaydocsToken))).Body,
            (await Wire.SendAsync(HttpMethod.Post, sandbox.MidPilotBaseAddress, "/api/v1/session")).Body,
            (await Wire.SendAsync(HttpMethod.Post, sandbox.MobileNextBaseAddress, "/api/v1/sessions", null, mobile)).Body,
            (await Wire.GetAsync(sandbox.MobileNextBaseAddress, "/api/v1/sessions?limit=500", mobile)).Body,
        ];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
