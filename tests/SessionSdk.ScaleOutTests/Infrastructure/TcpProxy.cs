using System.Net;
using System.Net.Sockets;

namespace SessionSdk.ScaleOutTests.Infrastructure;

/// <summary>
/// A loopback TCP relay in front of Redis that a test can cut, so "Redis went away" is tested without stopping the server
/// the other tests share (which, in CI, is the machine's redis-server).
/// </summary>
public sealed class TcpProxy : IDisposable
{
    private readonly TcpListener _listener;
    private readonly IPEndPoint _upstream;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _connections = [];
    private readonly Lock _gate = new();

    public TcpProxy(IPEndPoint upstream)
    {
        _upstream = upstream;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        EndPoint = (IPEndPoint)_listener.LocalEndpoint;
        _ = AcceptAsync();
    }

    public IPEndPoint EndPoint { get; }

    /// <summary>Drops every connection and refuses new ones: to its clients, Redis is gone.</summary>
    public void Cut()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_gate)
        {
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    public void Dispose()
    {
        Cut();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var upstream = new TcpClient();
                await upstream.ConnectAsync(_upstream, _stop.Token);
                lock (_gate)
                {
                    _connections.Add(client);
                    _connections.Add(upstream);
                }

                _ = PumpAsync(client.GetStream(), upstream.GetStream(), client, upstream);
                _ = PumpAsync(upstream.GetStream(), client.GetStream(), client, upstream);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Cut.
        }
    }

    private async Task PumpAsync(Stream from, Stream to, TcpClient a, TcpClient b)
    {
        try
        {
            await from.CopyToAsync(to, _stop.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
        {
        }
        finally
        {
            a.Dispose();
            b.Dispose();
        }
    }
}
