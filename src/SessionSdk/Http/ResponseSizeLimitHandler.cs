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
        if (request.Method == HttpMethod.Head)
        {
            // A HEAD answer has no body, whatever its Content-Length says (RFC 9110 §9.3.2).
            return response;
        }

        try
        {
            byte[] body;
            try
            {
                if (response.Content.Headers.ContentLength is { } declared && declared > _maxBytes)
                {
                    throw TooLarge(request, response.StatusCode);
                }

                body = await ReadCappedAsync(response.Content, request, response.StatusCode, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!response.IsSuccessStatusCode && e is IOException or InvalidDataException or HttpRequestException or SessionResponseException)
            {
                // The status code decides the error, whatever the body holds: an unreadable error body is an empty one.
                body = [];
            }
            catch (InvalidDataException)
            {
                throw Unreadable(request, response.StatusCode, "its compressed encoding is corrupt");
            }

            if (response.IsSuccessStatusCode && IsJsonOrUntyped(response.Content.Headers) && !System.Text.Unicode.Utf8.IsValid(body))
            {
                // Checked here for the whole body: a field no mapper reads would otherwise fail later, in the caller's hands.
                throw Unreadable(request, response.StatusCode, "it is not valid UTF-8");
            }

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

    private static bool IsJsonOrUntyped(HttpContentHeaders headers) =>
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
