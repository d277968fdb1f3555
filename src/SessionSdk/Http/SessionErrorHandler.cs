using System.Net;
using System.Text;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace SessionSdk;

/// <summary>
/// The outermost handler of every provider's pipeline: turns each failure into the SDK's typed exceptions, so
/// the session clients and the typed Refit clients report failures the same way. The caller's own
/// cancellation passes through untouched.
/// </summary>
internal sealed class SessionErrorHandler : DelegatingHandler
{
    private const int MaxParsedErrorBytes = 64 * 1024;
    private static readonly string[] RequestIdHeaders = ["x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid"];

    private static readonly HttpRequestOptionsKey<Type> RefitInterface = new(Refit.HttpRequestMessageOptions.InterfaceType);

    private readonly string _providerName;
    private readonly IReadOnlyDictionary<Type, string> _providerByInterface;
    private readonly int _maxErrorBodyChars;
    private readonly object _maxRetries;
    private readonly bool _retries;
    private readonly bool _rateLimited;
    private readonly TimeProvider _timeProvider;

    public SessionErrorHandler(string providerName, IReadOnlyDictionary<Type, string> providerByInterface, SessionProviderOptions options, TimeProvider timeProvider)
    {
        _providerName = providerName;
        _providerByInterface = providerByInterface;
        _maxErrorBodyChars = options.MaxErrorBodyChars;
        var maxRetries = options.UseResilience ? options.MaxRetries : 0;
        _maxRetries = maxRetries;
        _retries = maxRetries > 0;
        _rateLimited = options.UseResilience && options.RateLimit.PermitLimit > 0;
        _timeProvider = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Only a retry reads the start (to keep a Retry-After wait within the total budget); the retry count is boxed once.
        if (_retries)
        {
            request.Options.Set(SessionRequestContext.StartedAt, _timeProvider.GetTimestamp());
        }

        SessionRequestContext.SetBoxed(request, SessionRequestContext.MaxRetries, _maxRetries);

        // Only the client-side rate limit reports from inside the pipeline, so only it needs the provider up front.
        if (_rateLimited)
        {
            request.Options.Set(SessionRequestContext.ProviderName, ProviderName(request));
        }

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
            return response;
        }

        using (response)
        {
            throw await CreateErrorAsync(response, ProviderName(request), SessionRequestContext.GetOperation(request), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The provider a request belongs to: the registration's, or the one its typed API serves (Kodexa's agents).</summary>
    private string ProviderName(HttpRequestMessage request) =>
        request.Options.TryGetValue(RefitInterface, out var api) && _providerByInterface.TryGetValue(api, out var name) ? name : _providerName;

    private async Task<SessionClientException> CreateErrorAsync(HttpResponseMessage response, string providerName, string operation, CancellationToken cancellationToken)
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
        return SessionExceptionFactory.FromResponse(
            providerName,
            operation,
            response.StatusCode,
            error,
            body is { Length: > 0 } ? (body.Length > _maxErrorBodyChars ? body[.._maxErrorBodyChars] : body) : null,
            FindRequestId(response),
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
