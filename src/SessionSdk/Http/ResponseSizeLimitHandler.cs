using System.Net;

namespace SessionSdk;

/// <summary>
/// Caps what is read of a response body. Refit reads with <c>ResponseHeadersRead</c>, so
/// <see cref="HttpClient.MaxResponseContentBufferSize"/> does not protect us: a declared <c>Content-Length</c> over
/// the cap fails at once, and a chunked body fails as soon as it passes the cap, without buffering it first.
/// </summary>
internal sealed class ResponseSizeLimitHandler : DelegatingHandler
{
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
        if (response.Content.Headers.ContentLength is { } length && length > _maxBytes)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw TooLarge(request, status);
        }

        response.Content = new LengthLimitedContent(response.Content, _maxBytes, () => TooLarge(request, response.StatusCode));
        return response;
    }

    private SessionResponseException TooLarge(HttpRequestMessage request, HttpStatusCode status) =>
        SessionExceptionFactory.UnreadableResponse(
            _providerName,
            SessionRequestContext.GetOperation(request),
            status,
            $"the body is larger than the {_maxBytes} bytes allowed (MaxResponseBytes)");
}
