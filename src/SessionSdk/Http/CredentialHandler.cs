using System.Net;

namespace SessionSdk;

/// <summary>Puts the current credential on every attempt, so a retry after a refresh carries the new one.</summary>
internal sealed class CredentialHandler : DelegatingHandler
{
    private readonly string _headerName;
    private readonly string? _scheme;
    private readonly CredentialCache _credentials;

    public CredentialHandler(string headerName, string? scheme, CredentialCache credentials)
    {
        _headerName = headerName;
        _scheme = scheme;
        _credentials = credentials;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var value = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Remove(_headerName);
        request.Headers.TryAddWithoutValidation(_headerName, _scheme is null ? value : _scheme + " " + value);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            _credentials.Invalidate(value);
        }

        return response;
    }
}
