using System.Net;

namespace SessionSdk;

/// <summary>
/// Puts the current credential on every attempt — so a retry after a refresh carries the new one — as the last step
/// before the socket, and takes it off again afterwards: handlers and loggers earlier in the pipeline (IHttpClientFactory's
/// default loggers, should an app add them back) never see it in <see cref="HttpRequestMessage.Headers"/>. Records what
/// it sent so an error can redact it, and reports a failing credential callback as what it is.
/// </summary>
internal sealed class CredentialHandler : DelegatingHandler
{
    private readonly string _headerName;
    private readonly CredentialCache _credentials;
    private readonly string _providerName;

    public CredentialHandler(string headerName, CredentialCache credentials, string providerName)
    {
        _headerName = headerName;
        _credentials = credentials;
        _providerName = providerName;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var credential = await GetCredentialAsync(request, cancellationToken).ConfigureAwait(false);
        SessionRequestContext.Of(request)?.AddSentCredential(credential.Redactor);
        request.Headers.Remove(_headerName);
        request.Headers.TryAddWithoutValidation(_headerName, credential.HeaderValue);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                _credentials.Invalidate(credential.Value);
            }

            return response;
        }
        finally
        {
            request.Headers.Remove(_headerName);
        }
    }

    private async ValueTask<CredentialCache.CachedCredential> GetCredentialAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (CredentialUnusableException e)
        {
            throw Failed(request, e.Message, null);
        }
        catch (Exception e)
        {
            // Not "the vendor could not be reached": nothing was sent. The callback's own exception is kept.
            throw Failed(request, $"{_credentials.OptionName} threw {e.GetType().Name}", e);
        }
    }

    private SessionAuthenticationException Failed(HttpRequestMessage request, string reason, Exception? cause) =>
        SessionExceptionFactory.NoUsableCredential(SessionRequestContext.GetProviderName(request, _providerName), SessionRequestContext.GetOperation(request), reason, cause);
}
