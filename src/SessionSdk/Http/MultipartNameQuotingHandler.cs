using System.Net.Http.Headers;

namespace SessionSdk;

/// <summary>
/// Quotes the <c>name</c> and <c>filename</c> of every multipart part, as RFC 7578's examples do. .NET writes them bare
/// (<c>name=documentation; filename=openapi.yaml</c>): legal, but at least one widely used validator's parser
/// (Prism, the OpenAPI mock) crashes on it.
/// </summary>
internal sealed class MultipartNameQuotingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is MultipartContent multipart)
        {
            foreach (var part in multipart)
            {
                if (part.Headers.ContentDisposition is { } disposition)
                {
                    disposition.Name = Quote(disposition.Name);
                    disposition.FileName = Quote(disposition.FileName);
                }
            }
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static string? Quote(string? value) =>
        value is null || (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
