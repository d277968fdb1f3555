using System.Net;
using System.Text.Json;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// PUTs a file to a pre-signed storage URL (the second step of a Raydocs upload) on a plain <see cref="HttpClient"/>
/// of its own: no Raydocs token, no retries, no redirects. The URL's signature is the credential, so the Raydocs
/// <c>Authorization</c> header must not go along (storage refuses a request with two credentials, and the token must
/// not reach the storage host).
/// </summary>
internal sealed class RaydocsStorageUploader(IHttpClientFactory factory, string httpClientName, string providerName, Uri raydocsBaseAddress)
{
    private const string Operation = "UploadFile";
    private const int MaxErrorBytes = 4096;

    public async Task PutAsync(RaydocsSignedStorageUrl target, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var url = CheckUrl(target.Url);
        // Not disposed: that would dispose the caller's stream with it.
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StreamContent(content) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType); // checked by the caller
        foreach (var (name, value) in Headers(target.Headers))
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                // The URL names the host; a credential header beside the signature is what storage refuses.
                continue;
            }

            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                // The signed type is the one the PUT must carry.
                request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(value, out var signed) ? signed : throw BadHeader();
            }
            else if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        HttpResponseMessage response;
        try
        {
            response = await factory.CreateClient(httpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw SessionExceptionFactory.Timeout(providerName, Operation);
        }
        catch (HttpRequestException e)
        {
            throw SessionExceptionFactory.Transport(providerName, Operation, e);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var body = await ReadStartAsync(response.Content, cancellationToken).ConfigureAwait(false);
            throw SessionExceptionFactory.FromResponse(providerName, Operation, response.StatusCode, VendorErrorParser.Parse(body), body, null, null);
        }
    }

    /// <summary>Reads at most the first 4 KB of an error body: storage errors are short, and nothing more is kept.</summary>
    private static async Task<string> ReadStartAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxErrorBytes];
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        }
    }

    /// <summary>An absolute https URL — or one on the Raydocs host itself (a local sandbox speaks http) — never a relative or other-scheme one.</summary>
    private Uri CheckUrl(string? text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && string.Equals(url.Authority, raydocsBaseAddress.Authority, StringComparison.OrdinalIgnoreCase))))
        {
            throw SessionExceptionFactory.UnreadableResponse(providerName, "CreateSignedStorageUrl", HttpStatusCode.OK, "the signed storage URL is missing, relative, or not https");
        }

        return url;
    }

    /// <summary>Reads <c>headers</c> as the vendor sends them: each value a string or an array of strings; anything else, or a value with a line break, is refused.</summary>
    private IEnumerable<(string Name, string Value)> Headers(JsonElement? headers)
    {
        if (headers is not { ValueKind: JsonValueKind.Object } map)
        {
            yield break;
        }

        foreach (var header in map.EnumerateObject())
        {
            var values = header.Value.ValueKind switch
            {
                JsonValueKind.String => [header.Value.GetString()!],
                JsonValueKind.Array => header.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw BadHeader()).ToArray(),
                _ => throw BadHeader(),
            };
            foreach (var value in values)
            {
                if (value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0 || header.Name.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
                {
                    throw BadHeader();
                }

                yield return (header.Name, value);
            }
        }
    }

    private SessionResponseException BadHeader() =>
        SessionExceptionFactory.UnreadableResponse(providerName, "CreateSignedStorageUrl", HttpStatusCode.OK, "a header of the signed storage URL is not a single-line string");
}
