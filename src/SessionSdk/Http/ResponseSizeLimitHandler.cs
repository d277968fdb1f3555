using System.Net;
using System.Net.Http.Headers;

namespace SessionSdk;

/// <summary>
/// Reads each response body inside the attempt, with a cap. Inside the attempt, so a body that stalls or breaks
/// after the headers counts against the attempt timeout and is retried like any transient failure (Refit reads
/// bodies after the pipeline returns, where no timeout applies). With a cap, because Refit reads with
/// <c>ResponseHeadersRead</c> and <see cref="HttpClient.MaxResponseContentBufferSize"/> does not protect us: a
/// declared <c>Content-Length</c> over the cap fails before any byte is read, and a chunked body fails as soon as
/// it passes the cap.
/// </summary>
internal sealed class ResponseSizeLimitHandler : DelegatingHandler
{
    private const int ChunkSize = 16 * 1024;
    private readonly string _providerName;
    private readonly long _maxBytes;

    public ResponseSizeLimitHandler(string providerName, long maxBytes)
    {
        _providerName = providerName;
        _maxBytes = maxBytes;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            if (response.Content.Headers.ContentLength is { } declared && declared > _maxBytes)
            {
                throw TooLarge(request, response.StatusCode);
            }

            var body = await ReadCappedAsync(response.Content, request, response.StatusCode, cancellationToken).ConfigureAwait(false);
            var buffered = new ByteArrayContent(body);
            CopyHeaders(response.Content.Headers, buffered.Headers);
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

    private async Task<byte[]> ReadCappedAsync(HttpContent content, HttpRequestMessage request, HttpStatusCode status, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _maxBytes)
            {
                throw TooLarge(request, status);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static void CopyHeaders(HttpContentHeaders from, HttpContentHeaders to)
    {
        foreach (var header in from)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                to.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
    }

    private SessionResponseException TooLarge(HttpRequestMessage request, HttpStatusCode status) =>
        SessionExceptionFactory.UnreadableResponse(
            SessionRequestContext.GetProviderName(request, _providerName),
            SessionRequestContext.GetOperation(request),
            status,
            $"the body is larger than the {_maxBytes} bytes allowed (MaxResponseBytes)");
}
