using System.Collections.Concurrent;

namespace SessionSdk.IntegrationTests.Infrastructure;

/// <summary>An in-process transport: answers each attempt with a scripted behaviour, and counts what it saw.</summary>
public sealed class ScriptedTransport : HttpMessageHandler
{
    private readonly ConcurrentQueue<(HttpMethod Method, Uri? Uri, string Headers)> _seen = new();

    public ScriptedTransport(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> behaviour)
    {
        Behaviour = behaviour;
    }

    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Behaviour { get; set; }

    public int Attempts => _seen.Count;

    public IReadOnlyList<(HttpMethod Method, Uri? Uri, string Headers)> Seen => [.. _seen];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _seen.Enqueue((request.Method, request.RequestUri, request.Headers.ToString()));
        var response = await Behaviour(request, cancellationToken).ConfigureAwait(false);
        response.RequestMessage ??= request;
        return response;
    }

    protected override void Dispose(bool disposing)
    {
        // Owned by the test, not by the pipeline that wraps it.
    }
}
