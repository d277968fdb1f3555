using System.Net;

namespace SessionSdk.Benchmarks;

/// <summary>
/// An in-process stand-in for Kodexa: every GET of a session answers the documented session, and every GET of the list
/// answers a generated page. Only client-side cost is measured.
/// </summary>
internal sealed class CannedKodexaHandler(long totalSessions = 0, int pageSize = 100) : HttpMessageHandler
{
    private readonly byte[] _pageItems = totalSessions > 0 ? KodexaDocs.PageItems(pageSize) : [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpContent content;
        if (request.RequestUri!.AbsolutePath.EndsWith("/api/sessions", StringComparison.Ordinal))
        {
            var number = PageNumber(request.RequestUri.Query);
            // The tail (page number, last) is built per page, not kept: a cache would grow with the listing.
            content = new SegmentedContent(_pageItems, KodexaDocs.PageTail(number, pageSize, totalSessions));
        }
        else
        {
            content = new ByteArrayContent(KodexaDocs.Session);
        }

        content.Headers.ContentType = new("application/json");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }

    private static int PageNumber(string query)
    {
        const string key = "page=";
        var at = query.IndexOf(key, StringComparison.Ordinal);
        if (at < 0 || (at > 1 && query[at - 1] != '&'))
        {
            return 0;
        }

        var start = at + key.Length;
        var end = query.IndexOf('&', start);
        return int.Parse(end < 0 ? query.AsSpan(start) : query.AsSpan(start, end - start), provider: null);
    }
}
