using System.Net;
using System.Net.Sockets;
using Garnet;
using StackExchange.Redis;

namespace SessionSdk.ScaleOutTests.Infrastructure;

/// <summary>
/// The Redis the scale-out tests share: the one <c>SESSIONSDK_TEST_REDIS</c> names (CI runs the suite a second time
/// against Debian's redis-server), else an embedded Garnet server started here on a free loopback port with Lua on.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string EnvironmentVariable = "SESSIONSDK_TEST_REDIS";

    private readonly GarnetServer? _garnet;

    public RedisServer()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            EndPoint = ParseEndPoint(external);
            Kind = "redis at " + external;
            return;
        }

        var port = FreeLoopbackPort();
        _garnet = new GarnetServer(["--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--lua", "--memory", "64m", "--index", "1m"]);
        _garnet.Start();
        EndPoint = new IPEndPoint(IPAddress.Loopback, port);
        Kind = "embedded Garnet";
    }

    /// <summary>Where the server listens (loopback).</summary>
    public IPEndPoint EndPoint { get; }

    public string Kind { get; }

    /// <summary>
    /// A connection string that does not give up on a slow answer (two cores shared by a whole build: a Lua script's first
    /// run can take a while); a Redis that went away is noticed when its socket closes, not by a timeout.
    /// </summary>
    public static string ConnectionString(IPEndPoint endPoint) =>
        $"{endPoint.Address}:{endPoint.Port},abortConnect=false,connectTimeout=10000,asyncTimeout=10000,syncTimeout=10000,connectRetry=0";

    /// <summary>
    /// A connection through <paramref name="endPoint"/> (a <see cref="TcpProxy"/>) set up as the README advises for
    /// production: commands fail at once while the connection is down instead of queueing until a timeout.
    /// </summary>
    public static IConnectionMultiplexer ConnectFailFast(IPEndPoint endPoint)
    {
        var options = ConfigurationOptions.Parse(ConnectionString(endPoint));
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.AsyncTimeout = 2000;
        return ConnectionMultiplexer.Connect(options);
    }

    /// <summary>A connection that is up (a fresh server may take a moment to answer the first time).</summary>
    public IConnectionMultiplexer Connect()
    {
        var connection = ConnectionMultiplexer.Connect(ConnectionString(EndPoint));
        for (var i = 0; i < 100 && !connection.IsConnected; i++)
        {
            Thread.Sleep(50);
        }

        connection.GetDatabase().Ping();
        return connection;
    }

    public void Dispose() => _garnet?.Dispose();

    internal static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static IPEndPoint ParseEndPoint(string value)
    {
        var hostPort = value.Split(',')[0];
        var colon = hostPort.LastIndexOf(':');
        var host = colon > 0 ? hostPort[..colon] : hostPort;
        var port = colon > 0 ? int.Parse(hostPort[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture) : 6379;
        var address = host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(host);
        if (!IPAddress.IsLoopback(address))
        {
            throw new InvalidOperationException($"{EnvironmentVariable} must name a loopback Redis (got {host}).");
        }

        return new IPEndPoint(address, port);
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "Redis";
}
