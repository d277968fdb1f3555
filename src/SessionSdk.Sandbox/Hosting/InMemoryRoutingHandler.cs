namespace SessionSdk.Sandbox.Hosting;

/// <summary>
/// Sends each request to the in-memory vendor whose base address has the request's host, as DNS and sockets would
/// on the loopback transport. A host the sandbox does not have fails like an unknown name does.
/// </summary>
internal sealed class InMemoryRoutingHandler(IReadOnlyList<VendorHost> hosts) : HttpMessageHandler
{
    private readonly Dictionary<string, HttpMessageInvoker> _vendors = hosts
        .Where(h => h.InMemoryServer is not null)
        .ToDictionary(h => h.BaseAddress.Authority, h => new HttpMessageInvoker(h.InMemoryServer!.CreateHandler(), disposeHandler: true), StringComparer.OrdinalIgnoreCase);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { IsAbsoluteUri: true } uri || !_vendors.TryGetValue(uri.Authority, out var vendor))
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"The in-memory sandbox has no host '{request.RequestUri?.Authority}'.");
        }

        return vendor.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var vendor in _vendors.Values)
            {
                vendor.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
