using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SessionSdk.IntegrationTests.Infrastructure;

/// <summary>
/// An HTTP/1.1 server on loopback that writes every response byte by hand, for tests where the wire matters: it
/// records each request exactly as parsed off the socket (so a request smuggled inside a header shows up as a request
/// of its own), answers with whatever bytes the test scripts (a HEAD with a Content-Length, a corrupt gzip body, a
/// lone-surrogate escape), and counts connections opened and closed.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<RawRequest, Task<byte[]>> _respond;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<RawRequest> _requests = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Task _accepting;
    private int _open;
    private int _accepted;

    public RawHttpServer(Func<RawRequest, Task<byte[]>> respond)
    {
        _respond = respond;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public RawHttpServer(Func<RawRequest, byte[]> respond)
        : this(request => Task.FromResult(respond(request)))
    {
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>Gets every request parsed off the sockets, in arrival order.</summary>
    public IReadOnlyList<RawRequest> Requests => [.. _requests];

    /// <summary>Gets how many connections were accepted.</summary>
    public int ConnectionsAccepted => Volatile.Read(ref _accepted);

    /// <summary>Gets how many connections are open now.</summary>
    public int OpenConnections => Volatile.Read(ref _open);

    /// <summary>A response with a JSON (or other) body and a Content-Length.</summary>
    public static byte[] Response(int status, string? body = null, params string[] headers) =>
        Response(status, body is null ? null : Encoding.UTF8.GetBytes(body), headers);

    /// <summary>A response with the given body bytes and a Content-Length.</summary>
    public static byte[] Response(int status, byte[]? body, params string[] headers)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} {(HttpStatusCode)status}\r\n");
        if (body is not null && !headers.Any(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append("Content-Type: application/json\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(body?.Length ?? 0).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body ?? []];
    }

    /// <summary>Completes once every accepted connection has been closed by the client (or fails after <paramref name="timeout"/>).</summary>
    public async Task WaitUntilAllConnectionsClosedAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (OpenConnections > 0)
        {
            await Task.Delay(10, cts.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
            await Task.WhenAll(_connections);
        }
        catch (Exception)
        {
            // Connections end as the listener stops.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            Interlocked.Increment(ref _accepted);
            Interlocked.Increment(ref _open);
            _connections.Add(ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        try
        {
            using var stream = new NetworkStream(socket, ownsSocket: true);
            var buffer = new List<byte>();
            var chunk = new byte[16 * 1024];
            while (true)
            {
                var request = TryParse(buffer);
                if (request is null)
                {
                    var read = await stream.ReadAsync(chunk, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    buffer.AddRange(chunk.AsSpan(0, read));
                    continue;
                }

                _requests.Enqueue(request);
                var response = await _respond(request);
                if (response.Length == 0)
                {
                    return;
                }

                await stream.WriteAsync(response, _stop.Token);
            }
        }
        catch (Exception)
        {
            // The client went away or the server is stopping.
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    private static RawRequest? TryParse(List<byte> buffer)
    {
        var bytes = buffer.ToArray();
        var end = IndexOf(bytes, "\r\n\r\n"u8);
        if (end < 0)
        {
            return null;
        }

        var head = Encoding.Latin1.GetString(bytes, 0, end);
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1).Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .ToList();
        var length = headers.Where(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h => int.Parse(h.Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        if (bytes.Length < end + 4 + length)
        {
            return null;
        }

        var body = bytes.AsSpan(end + 4, length).ToArray();
        buffer.RemoveRange(0, end + 4 + length);
        return new RawRequest(requestLine[0], requestLine.Length > 1 ? requestLine[1] : string.Empty, head, headers, body);
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}

/// <summary>One request as the server parsed it off the socket.</summary>
public sealed record RawRequest(string Method, string Target, string Head, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public string BodyText => Encoding.UTF8.GetString(Body);
}
