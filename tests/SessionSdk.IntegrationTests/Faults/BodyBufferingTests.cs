using System.Net;
using System.Text;
using System.Text.Json;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.IntegrationTests.Faults;

/// <summary>
/// The pooled body buffer (ResponseSizeLimitHandler → PooledBodyContent): bodies of every size arrive whole, the cap is
/// exact for declared and chunked bodies, and a disposed body cannot be read.
/// </summary>
public sealed class BodyBufferingTests
{
    private static readonly FaultProvider Kodexa = FaultProvider.All[0];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BodyLargerThanTheFirstBuffer_ArrivesWhole(bool chunked)
    {
        var padding = new string('p', 300 * 1024);
        var body = WithPadding(padding);
        using var run = StartKodexa(o => o.MaxResponseBytes = 1024 * 1024, (_, _) => Task.FromResult(Ok(Encoding.UTF8.GetBytes(body), chunked)));

        var session = await run.Client.GetSessionAsync("s-1");

        Assert.Equal(padding, session.AdditionalProperties["padding"].GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BodyOfExactlyTheCap_IsRead_AndOneByteMoreFails(bool chunked)
    {
        var body = Encoding.UTF8.GetBytes(WithPadding(new string('p', 2000)));
        var cap = (long)body.Length;
        using var run = StartKodexa(o => o.MaxResponseBytes = cap, (_, _) => Task.FromResult(Ok(body, chunked)));

        Assert.Equal("s-1", (await run.Client.GetSessionAsync("s-1")).Id);

        body = [.. body, (byte)' '];
        var error = await Assert.ThrowsAsync<SessionResponseException>(() => run.Client.GetSessionAsync("s-1"));
        Assert.Contains("MaxResponseBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListingManyPages_EachPageArrivesWhole()
    {
        var item = JsonDocument.Parse(Kodexa.ValidSessionJson).RootElement;
        using var run = StartKodexa(o => o.FirstPageNumber = 0, (_, _) => Task.FromResult(Ok(Encoding.UTF8.GetBytes(
            "{\"content\":[" + string.Join(",", Enumerable.Repeat(item.GetRawText(), 150)) + "],\"last\":false}"), chunked: true)));

        var page = await run.Client.GetSessionPageAsync(new SessionQuery { PageSize = 150 });

        Assert.Equal(150, page.Items.Count);
        Assert.All(page.Items, s => Assert.Equal("s-1", s.Id));
    }

    [Fact]
    public async Task TypedApi_ReadsTheBufferedBody()
    {
        using var run = StartKodexa(_ => { }, (_, _) => Task.FromResult(Ok(Encoding.UTF8.GetBytes(Kodexa.ValidSessionJson), chunked: true)));

        var session = await run.Client.GetRequiredService<IKodexaSessionsApi>().GetSessionAsync("s-1");

        Assert.Equal("s-1", session.Id);
    }

    [Fact]
    public async Task DisposedBody_CannotBeRead()
    {
        var content = new PooledBodyContent(System.Buffers.ArrayPool<byte>.Shared.Rent(16), 4);
        var stream = await content.ReadAsStreamAsync();

        content.Dispose();

        Assert.Throws<ObjectDisposedException>(() => stream.ReadByte());
    }

    private static string WithPadding(string padding)
    {
        var json = Kodexa.ValidSessionJson;
        return json[..json.LastIndexOf('}')] + ",\"padding\":\"" + padding + "\"}";
    }

    private static HttpResponseMessage Ok(byte[] body, bool chunked) => new(HttpStatusCode.OK)
    {
        Content = chunked ? new StreamContent(new NonSeekableStream(body)) : new ByteArrayContent(body),
    };

    private static FaultRun StartKodexa(Action<KodexaOptions> configure, Func<VirtualTimeProvider, CancellationToken, Task<HttpResponseMessage>> behave) =>
        FaultRun.Start(Kodexa with { Register = (b, uri, key) => b.AddKodexa(o => { o.ApiKey = key; o.BaseAddress = uri; configure(o); }) }, behave);

    /// <summary>A stream without a length that hands out at most 1000 bytes per read, as a socket would.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1000));
    }
}
