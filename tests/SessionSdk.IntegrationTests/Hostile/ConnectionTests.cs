using Microsoft.Extensions.Configuration;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.Kodexa;
using SessionSdk.Providers.MidPilot;

namespace SessionSdk.IntegrationTests.Hostile;

/// <summary>What the SDK does to the vendor's sockets: how many it opens, and that it closes them.</summary>
public sealed class ConnectionTests
{
    [Fact]
    public async Task MaxConnectionsPerServer_BoundsTheSockets_AndTheyCloseWithTheServiceProvider()
    {
        const int calls = 40;
        const int limit = 4;
        var gate = new Lock();
        var waiting = new List<TaskCompletionSource>();
        var answered = 0;

        // Answers in batches: a batch is let go once as many requests wait as the limit allows (or as remain), so a
        // client that ignores the limit has many requests in flight at once, each on a socket of its own.
        async Task<byte[]> Respond(RawRequest request)
        {
            var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (gate)
            {
                waiting.Add(turn);
                if (waiting.Count >= Math.Min(limit, calls - answered))
                {
                    answered += waiting.Count;
                    waiting.ForEach(t => t.SetResult());
                    waiting.Clear();
                }
            }

            await turn.Task;
            return RawHttpServer.Response(200, KodexaJson.Session("s-1"));
        }

        var server = new RawHttpServer(Respond);
        await using var _ = server;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kodexa:ApiKey"] = "key-1",
            ["Kodexa:BaseAddress"] = server.BaseAddress.ToString(),
            ["Kodexa:MaxConnectionsPerServer"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddSessionClients(configuration);
        var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredKeyedService<ISessionClient>("kodexa");

        await Task.WhenAll(Enumerable.Range(0, calls).Select(_ => client.GetSessionAsync("s-1")));

        Assert.Equal(calls, server.Requests.Count);
        Assert.InRange(server.ConnectionsAccepted, 1, limit);
        Assert.True(server.OpenConnections > 0);

        await provider.DisposeAsync();
        await server.WaitUntilAllConnectionsClosedAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, server.OpenConnections);
    }

    [Fact]
    public void MaxConnectionsPerServer_DefaultsToAHundred()
    {
        var options = new SessionSdk.Providers.Kodexa.KodexaOptions();

        Assert.Equal(100, options.MaxConnectionsPerServer);
    }

    [Fact]
    public async Task HeadAnsweredWithALargeContentLength_IsNotABodyOverTheCap()
    {
        var head = "HTTP/1.1 204 No Content\r\nContent-Length: 999999999999\r\n\r\n"u8.ToArray();
        var ok = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 999999999999\r\n\r\n"u8.ToArray();
        await using var run = RawRun.Start(
            request => request.Target.EndsWith("/missing", StringComparison.Ordinal) ? RawHttpServer.Response(404) : request.Target.EndsWith("/ok", StringComparison.Ordinal) ? ok : head,
            (b, uri) => b.AddMidPilot(o => { o.BaseAddress = uri; o.MaxResponseBytes = 4096; }));
        var client = run.Client("midpilot");

        Assert.True(await client.SessionExistsAsync("123e4567-e89b-12d3-a456-426614174000"));
        Assert.True(await client.SessionExistsAsync("ok"));
        Assert.False(await client.SessionExistsAsync("missing"));
        Assert.All(run.Server.Requests, r => Assert.Equal("HEAD", r.Method));
    }
}
