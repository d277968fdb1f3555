using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SessionSdk;

/// <summary>
/// Reads a success response's JSON body into a vendor DTO, for a session client that asked Refit for the response
/// itself. A body buffered by <see cref="ResponseSizeLimitHandler"/> is deserialized straight from its pooled buffer,
/// and the response (so the buffer) is released as soon as that is done. What Refit would have done otherwise holds:
/// no body is <see langword="null"/>, and a body that cannot be read is a <see cref="SessionResponseException"/>.
/// </summary>
internal static class SessionResponseBody
{
    public static async Task<T?> ReadAsync<T>(Task<HttpResponseMessage> send, JsonTypeInfo<T> typeInfo, string providerName, string operation, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await send.ConfigureAwait(false);
        try
        {
            if (response.Content is PooledBodyContent buffered)
            {
                return buffered.Body.IsEmpty ? null : JsonSerializer.Deserialize(buffered.Body, typeInfo);
            }

            if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
            {
                return null;
            }

            // A handler of the app's replaced the body after the SDK's cap: read it as it comes.
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not SessionClientException)
        {
            throw SessionExceptionFactory.UnreadableResponse(providerName, operation, response.StatusCode, SessionRefitSettings.Describe(response.Content, e));
        }
    }
}
