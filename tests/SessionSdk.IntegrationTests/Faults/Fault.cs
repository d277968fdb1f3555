using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SessionSdk.IntegrationTests.Infrastructure;

namespace SessionSdk.IntegrationTests.Faults;

/// <summary>A way a vendor or the network can fail, and what the SDK must make of it.</summary>
public sealed record Fault(
    string Name,
    Func<VirtualTimeProvider, FaultProvider, CancellationToken, Task<HttpResponseMessage>> Behave,
    Type Expected,
    bool Retryable,
    HttpStatusCode? Status = null)
{
    public override string ToString() => Name;

    public static IReadOnlyList<Fault> All { get; } =
    [
        OfStatus(HttpStatusCode.RequestTimeout, typeof(SessionClientException), retryable: true),
        OfStatus(HttpStatusCode.TooManyRequests, typeof(SessionRateLimitedException), retryable: true, name: "429 with seconds", retryAfter: "2"),
        OfStatus(HttpStatusCode.TooManyRequests, typeof(SessionRateLimitedException), retryable: true, name: "429 with date", retryAfter: "date+5"),
        OfStatus(HttpStatusCode.TooManyRequests, typeof(SessionRateLimitedException), retryable: true, name: "429 without Retry-After"),
        OfStatus(HttpStatusCode.TooManyRequests, typeof(SessionRateLimitedException), retryable: false, name: "429 longer than the budget", retryAfter: "120"),
        OfStatus(HttpStatusCode.InternalServerError, typeof(SessionClientException), retryable: true),
        OfStatus(HttpStatusCode.BadGateway, typeof(SessionClientException), retryable: true),
        OfStatus(HttpStatusCode.ServiceUnavailable, typeof(SessionClientException), retryable: true),
        OfStatus(HttpStatusCode.GatewayTimeout, typeof(SessionClientException), retryable: true),
        OfStatus(HttpStatusCode.Conflict, typeof(SessionConflictException), retryable: false),
        new("connection refused", (_, _, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused)), typeof(SessionClientException), true),
        new("reset mid-headers", (_, _, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("Connection reset by peer")), typeof(SessionClientException), true),
        new("reset mid-body", (_, p, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BreakingStream(Encoding.UTF8.GetBytes(p.ValidSessionJson)[..20])) }), typeof(SessionClientException), true),
        new("hang before headers", async (time, _, ct) => { await time.HangAsync(ct); throw new InvalidOperationException(); }, typeof(SessionTimeoutException), true),
        new("hang mid-body", (time, p, ct) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream(time, Encoding.UTF8.GetBytes(p.ValidSessionJson)[..20])) }), typeof(SessionTimeoutException), true),
        Body("200 truncated JSON", p => p.ValidSessionJson[..(p.ValidSessionJson.Length / 2)], "application/json"),
        Body("200 HTML", _ => "<!doctype html><html><body>Maintenance</body></html>", "text/html"),
        Body("200 empty body", _ => string.Empty, "application/json"),
        Body("200 array for an object", _ => "[1,2,3]", "application/json"),
        Body("200 wrong types", _ => """{"id":{"not":"a string"},"changeSequence":"seven","createdOn":12}""", "application/json"),
        Body("200 too deep", _ => new string('[', 200) + new string(']', 200), "application/json"),
        new("200 invalid UTF-8", (_, _, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }), typeof(SessionResponseException), false, HttpStatusCode.OK),
    ];

    private static Fault OfStatus(HttpStatusCode status, Type expected, bool retryable, string? name = null, string? retryAfter = null) =>
        new(
            name ?? $"{(int)status}",
            (time, _, _) =>
            {
                var response = new HttpResponseMessage(status) { Content = new StringContent("""{"message":"vendor says no"}""", Encoding.UTF8, "application/json") };
                if (retryAfter == "date+5")
                {
                    response.Headers.TryAddWithoutValidation("Retry-After", new DateTimeOffset(2026, 11, 22, 12, 0, 5, TimeSpan.Zero).ToString("R", CultureInfo.InvariantCulture));
                }
                else if (retryAfter is not null)
                {
                    response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
                }

                return Task.FromResult(response);
            },
            expected,
            retryable,
            status);

    private static Fault Body(string name, Func<FaultProvider, string> body, string contentType) =>
        new(name, (_, p, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body(p), Encoding.UTF8, contentType) }), typeof(SessionResponseException), false, HttpStatusCode.OK);

    /// <summary>Hands out some bytes, then breaks like a reset connection.</summary>
    private sealed class BreakingStream(byte[] prefix) : MemoryStream(prefix)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new IOException("Connection reset by peer");
        }
    }

    /// <summary>Hands out some bytes, then stalls until the attempt is cancelled.</summary>
    private sealed class StallingStream(VirtualTimeProvider time, byte[] prefix) : MemoryStream(prefix)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            if (read > 0)
            {
                return read;
            }

            await time.HangAsync(cancellationToken);
            return 0;
        }
    }
}
