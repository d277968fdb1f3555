using System.Net;

namespace SessionSdk;

/// <summary>Wraps a response body so reading more than a cap throws instead of growing memory.</summary>
internal sealed class LengthLimitedContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly long _maxBytes;
    private readonly Func<Exception> _onExceeded;

    public LengthLimitedContent(HttpContent inner, long maxBytes, Func<Exception> onExceeded)
    {
        _inner = inner;
        _maxBytes = maxBytes;
        _onExceeded = onExceeded;
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
        new LengthLimitedStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _maxBytes, _onExceeded);

    protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var source = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
        await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
