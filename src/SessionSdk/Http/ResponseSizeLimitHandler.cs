using System.Buffers;
using System.Net;

namespace SessionSdk;

/// <summary>
/// Reads each response body inside the attempt, with a cap. Inside the attempt, so a body that stalls or breaks
/// after the headers counts against the attempt timeout and is retried like any transient failure (Refit reads
/// bodies after the pipeline returns, where no timeout applies). With a cap, because Refit reads with
/// <c>ResponseHeadersRead</c> and <see cref="HttpClient.MaxResponseContentBufferSize"/> does not protect us: a
/// declared <c>Content-Length</c> over the cap fails before any byte is read, and a chunked body fails as soon as
/// it passes the cap. The body goes into a buffer rented from <see cref="ArrayPool{T}.Shared"/>
/// (<see cref="PooledBodyContent"/>), returned when the response is disposed: a page of sessions costs no
/// allocation, and none on the large-object heap.
/// </summary>
internal sealed class ResponseSizeLimitHandler : DelegatingHandler
{
    /// <summary>The first buffer for a body of unknown length; it doubles as the body grows.</summary>
    private const int FirstChunk = 16 * 1024;

    /// <summary>The largest first buffer, whatever <c>Content-Length</c> says: a server may declare more than it sends.</summary>
    private const int LargestFirstBuffer = 1024 * 1024;

    private readonly string _providerName;
    private readonly long _maxBytes;

    /// <summary>The cap as a buffer size: an array holds at most <see cref="Array.MaxLength"/> bytes.</summary>
    private readonly int _bufferCap;

    public ResponseSizeLimitHandler(string providerName, long maxBytes)
    {
        _providerName = providerName;
        _maxBytes = maxBytes;
        _bufferCap = (int)Math.Min(maxBytes, Array.MaxLength - 1);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (request.Method == HttpMethod.Head)
        {
            // A HEAD answer has no body, whatever its Content-Length says (RFC 9110 §9.3.2).
            return response;
        }

        try
        {
            HttpContent buffered;
            try
            {
                var declared = response.Content.Headers.ContentLength;
                if (declared > _maxBytes)
                {
                    throw TooLarge(request, response.StatusCode);
                }

                var body = await ReadCappedAsync(response.Content, declared, request, response.StatusCode, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode && IsJsonOrUntyped(response.Content.Headers) && !System.Text.Unicode.Utf8.IsValid(body.Body))
                {
                    // Checked here for the whole body: a field no mapper reads would otherwise fail later, in the caller's hands.
                    body.Dispose();
                    throw Unreadable(request, response.StatusCode, "it is not valid UTF-8");
                }

                buffered = body;
            }
            catch (Exception e) when (!response.IsSuccessStatusCode && e is IOException or InvalidDataException or HttpRequestException or SessionResponseException)
            {
                // The status code decides the error, whatever the body holds: an unreadable error body is an empty one.
                buffered = new ByteArrayContent([]);
            }
            catch (InvalidDataException)
            {
                throw Unreadable(request, response.StatusCode, "its compressed encoding is corrupt");
            }

            ContentHeaderCopy.CopyAllButLength(response.Content.Headers, buffered.Headers);
            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<PooledBodyContent> ReadCappedAsync(HttpContent content, long? declared, HttpRequestMessage request, HttpStatusCode status, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

        // One byte more than declared, so a body that is longer than its Content-Length is seen without a second buffer.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Min(declared is { } length ? length + 1 : FirstChunk, LargestFirstBuffer), _bufferCap + 1L));
        var total = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > _bufferCap)
                {
                    throw TooLarge(request, status);
                }

                if (total == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, _bufferCap + 1L));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return new PooledBodyContent(buffer, total);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static bool IsJsonOrUntyped(System.Net.Http.Headers.HttpContentHeaders headers) =>
        headers.ContentType?.MediaType is not { } type || type.Contains("json", StringComparison.OrdinalIgnoreCase);

    private SessionResponseException TooLarge(HttpRequestMessage request, HttpStatusCode status) =>
        Unreadable(request, status, $"the body is larger than the {_maxBytes} bytes allowed (MaxResponseBytes)");

    private SessionResponseException Unreadable(HttpRequestMessage request, HttpStatusCode status, string reason) =>
        SessionExceptionFactory.UnreadableResponse(
            SessionRequestContext.GetProviderName(request, _providerName),
            SessionRequestContext.GetOperation(request),
            status,
            reason);
}
