using System.Net;
using System.Text;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace SessionSdk;

/// <summary>
/// Wraps the resilience pipeline of every provider: turns each failure into the SDK's typed exceptions, so the session
/// clients and the typed Refit clients report failures the same way. The status code decides the type, whatever the
/// body holds; credentials sent on the request are redacted from whatever the vendor echoed back. The caller's own
/// cancellation, and any exception that is not a transport failure, pass through untouched.
/// </summary>
internal sealed class SessionErrorHandler : DelegatingHandler
{
    private const int MaxParsedErrorBytes = 64 * 1024;
    private static readonly string[] RequestIdHeaders = ["x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid"];

    private readonly string _providerName;
    private readonly int _maxErrorBodyChars;
    private readonly TimeProvider _timeProvider;

    public SessionErrorHandler(string providerName, SessionProviderOptions options, TimeProvider timeProvider)
    {
        _providerName = providerName;
        _maxErrorBodyChars = options.MaxErrorBodyChars;
        _timeProvider = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (SessionClientException)
        {
            throw;
        }
        catch (TimeoutRejectedException)
        {
            throw SessionExceptionFactory.Timeout(ProviderName(request), SessionRequestContext.GetOperation(request));
        }
        catch (OperationCanceledException)
        {
            // Not the caller's token: some inner timeout fired.
            throw SessionExceptionFactory.Timeout(ProviderName(request), SessionRequestContext.GetOperation(request));
        }
        catch (BrokenCircuitException e)
        {
            throw SessionExceptionFactory.CircuitOpen(ProviderName(request), SessionRequestContext.GetOperation(request), e.RetryAfter);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or System.Net.Sockets.SocketException)
        {
            throw SessionExceptionFactory.Transport(ProviderName(request), SessionRequestContext.GetOperation(request), e);
        }

        if (response.IsSuccessStatusCode)
        {
            if (EmptyBodyContent.IsMissingBody(request, response))
            {
                var original = response.Content;
                response.Content = new EmptyBodyContent(original);
                original.Dispose();
            }

            return response;
        }

        using (response)
        {
            throw await CreateErrorAsync(request, response, ProviderName(request), SessionRequestContext.GetOperation(request), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The provider the request belongs to, as the request-context handler decided it.</summary>
    private string ProviderName(HttpRequestMessage request) => SessionRequestContext.GetProviderName(request, _providerName);

    private async Task<SessionClientException> CreateErrorAsync(HttpRequestMessage request, HttpResponseMessage response, string providerName, string operation, CancellationToken cancellationToken)
    {
        string? body = null;
        try
        {
            body = await ReadCappedAsync(response.Content, MaxParsedErrorBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or SessionClientException or DecoderFallbackException)
        {
            // The status code alone still says what went wrong.
        }

        var error = (int)response.StatusCode is >= 300 and < 400
            ? new VendorError("redirect", "redirects are not followed, so credentials never reach another host", [], null)
            : VendorErrorParser.Parse(body);

        // A vendor may quote the key it was sent ("Invalid API key …"): nothing the exception carries may repeat it.
        var requestId = FindRequestId(response);
        if (SessionRequestContext.Of(request)?.SentCredentials is { } sent)
        {
            body = sent.Redact(body);
            error = sent.Redact(error);
            requestId = sent.Redact(requestId);
        }

        return SessionExceptionFactory.FromResponse(
            providerName,
            operation,
            response.StatusCode,
            error,
            body is { Length: > 0 } ? (body.Length > _maxErrorBodyChars ? body[.._maxErrorBodyChars] : body) : null,
            requestId,
            RetryAfterReader.Read(response, _timeProvider));
    }

    private static async Task<string> ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

        // The body is usually already buffered with a known length (ResponseSizeLimitHandler); size the buffer to it.
        var buffer = new byte[(int)Math.Min(maxBytes, content.Headers.ContentLength ?? maxBytes)];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static string? FindRequestId(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                var value = values.FirstOrDefault();
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return value.Length > 128 ? value[..128] : value;
                }
            }
        }

        return null;
    }
}
