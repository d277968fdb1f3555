using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace SessionSdk;

/// <summary>Refit settings shared by every provider: source-generated JSON, buffered bodies (so a retry can resend), and typed exceptions.</summary>
internal static class SessionRefitSettings
{
    public static RefitSettings Create(JsonSerializerContext context, string providerName)
    {
        var settings = RefitSettings.ForJsonContext(context);
        settings.Buffered = true;
        settings.DeserializationExceptionFactory = (response, exception) => ValueTask.FromResult<Exception?>(
            exception as SessionClientException
            ?? SessionExceptionFactory.UnreadableResponse(
                SessionRequestContext.GetProviderName(response.RequestMessage, providerName),
                SessionRequestContext.GetOperation(response.RequestMessage),
                response.StatusCode,
                Describe(response.Content, exception)));
        // Only a real transport failure becomes the SDK's transport error; anything else (a bug in an app's own handler,
        // a broken package restore) passes through unchanged, so its cause is not hidden behind "could not be reached".
        settings.TransportExceptionFactory = (request, exception, _) => exception switch
        {
            HttpRequestException or IOException or System.Net.Sockets.SocketException =>
                SessionExceptionFactory.Transport(SessionRequestContext.GetProviderName(request, providerName), SessionRequestContext.GetOperation(request), exception),
            _ => exception,
        };
        return settings;
    }

    /// <summary>Why a success body could not be read, without quoting it: empty, or what the exception says.</summary>
    internal static string Describe(HttpContent? content, Exception exception) =>
        content is EmptyBodyContent ? "the body is empty" : Describe(exception);

    /// <summary>Why a body could not be read, without quoting it.</summary>
    internal static string Describe(Exception exception) => exception switch
    {
        JsonException { Path: { Length: > 0 } path } => $"it is not JSON of the expected shape (at {path})",
        JsonException => "it is not JSON of the expected shape",
        DecoderFallbackException => "it is not valid UTF-8",
        IOException or HttpRequestException => "the connection broke while it was read",
        _ => "it is not JSON of the expected shape",
    };
}
