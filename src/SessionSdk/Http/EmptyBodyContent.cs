using System.Net;

namespace SessionSdk;

/// <summary>
/// Stands in for an empty success body. Refit hands back <see langword="null"/> for a body it knows to be empty, which
/// leaves the caller with an error that has lost its status code; with no length to go by, Refit asks the deserializer,
/// which fails, and the error is built with the response's status like any other unreadable body.
/// </summary>
internal sealed class EmptyBodyContent : HttpContent
{
    public EmptyBodyContent(HttpContent original)
    {
        ContentHeaderCopy.CopyAllButLength(original.Headers, Headers);
    }

    /// <summary>Whether <paramref name="response"/> to <paramref name="request"/> is a success that should have had a body and has none.</summary>
    public static bool IsMissingBody(HttpRequestMessage request, HttpResponseMessage response) =>
        response.IsSuccessStatusCode
        && response.StatusCode != HttpStatusCode.NoContent
        && request.Method != HttpMethod.Head
        && response.Content.Headers.ContentLength == 0;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => Task.CompletedTask;

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
