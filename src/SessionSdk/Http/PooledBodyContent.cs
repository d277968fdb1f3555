using System.Buffers;
using System.Net;

namespace SessionSdk;

/// <summary>
/// A response body already read in full into a buffer rented from <see cref="ArrayPool{T}.Shared"/>; disposing the
/// content (the response does) returns the buffer. The SDK's session clients deserialize straight from
/// <see cref="Body"/>; anyone else reads it as a stream, which fails once the content is disposed rather than read a
/// buffer handed to someone else.
/// </summary>
internal sealed class PooledBodyContent : HttpContent
{
    private byte[]? _buffer;
    private readonly int _length;

    public PooledBodyContent(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>Gets the body. Valid until the content is disposed.</summary>
    public ReadOnlySpan<byte> Body => (_buffer ?? throw Disposed()).AsSpan(0, _length);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(_buffer ?? throw Disposed(), 0, _length, cancellationToken);

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(_buffer ?? throw Disposed(), 0, _length);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new BodyStream(this));

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => new BodyStream(this);

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    private static ObjectDisposedException Disposed() => new(nameof(PooledBodyContent), "The response was disposed.");

    /// <summary>A read-only view of the body that checks, on every read, that the buffer is still the content's.</summary>
    private sealed class BodyStream(PooledBodyContent owner) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => owner._length;

        public override long Position
        {
            get => _position;
            set => _position = (int)Math.Clamp(value, 0, owner._length);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var rest = owner.Body[_position..];
            var n = Math.Min(rest.Length, buffer.Length);
            rest[..n].CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => owner._length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
