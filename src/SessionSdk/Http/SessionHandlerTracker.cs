namespace SessionSdk;

/// <summary>
/// Disposes the SDK's primary handlers, and so closes their pooled connections, when the service provider is disposed.
/// IHttpClientFactory disposes a handler only some time after it expires, and not at all when the provider goes away,
/// so connections would otherwise outlive the application's container.
/// </summary>
internal sealed class SessionHandlerTracker : IDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<TrackedHandler> _live = [];
    private bool _disposed;

    /// <summary>Wraps <paramref name="primary"/> so that it is disposed with the service provider at the latest.</summary>
    public DelegatingHandler Track(HttpMessageHandler primary) => new TrackedHandler(this, primary);

    public void Dispose()
    {
        TrackedHandler[] live;
        lock (_gate)
        {
            _disposed = true;
            live = [.. _live];
            _live.Clear();
        }

        foreach (var handler in live)
        {
            handler.Dispose();
        }
    }

    private bool Add(TrackedHandler handler)
    {
        lock (_gate)
        {
            return !_disposed && _live.Add(handler);
        }
    }

    private void Remove(TrackedHandler handler)
    {
        lock (_gate)
        {
            _live.Remove(handler);
        }
    }

    private sealed class TrackedHandler : DelegatingHandler
    {
        private readonly SessionHandlerTracker _owner;

        public TrackedHandler(SessionHandlerTracker owner, HttpMessageHandler inner)
            : base(inner)
        {
            _owner = owner;
            owner.Add(this);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _owner.Remove(this);
            }

            base.Dispose(disposing);
        }
    }
}
