using System.Net.Http.Headers;

namespace SessionSdk;

/// <summary>
/// Checks every header value just before the socket — per-call values from the typed APIs, values added by the app's own
/// handlers — so a CR/LF can neither add a header nor smuggle a second request onto a shared connection, and a value
/// .NET would refuse fails as the caller's mistake (<see cref="ArgumentException"/>, never retried, never counted
/// against the vendor) instead of as a network failure.
/// </summary>
internal sealed class HeaderGuardHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Check(request.Headers.NonValidated);
        if (request.Content is { } content)
        {
            Check(content.Headers.NonValidated);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static void Check(HttpHeadersNonValidated headers)
    {
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                if (!HeaderValueRules.IsSendable(value))
                {
                    throw new ArgumentException(
                        $"The value of header '{name}' cannot be sent: header values must be printable ASCII (no CR, LF, other control characters or non-ASCII characters). Nothing was sent.",
                        "request");
                }
            }
        }
    }
}
