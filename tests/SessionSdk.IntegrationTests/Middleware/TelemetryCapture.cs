using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace SessionSdk.IntegrationTests.Middleware;

/// <summary>
/// The real OpenTelemetry SDK listening to <c>SessionSdk</c> and <c>System.Net.Http</c> into memory, under a root span of
/// the test's own: <see cref="Spans"/> holds only this test's spans, whatever other tests trace meanwhile.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private static readonly ActivitySource TestSource = new("SessionSdk.IntegrationTests");

    // Other tests trace at the same time into the same listener: adds come from many threads.
    private readonly LockedList _exported = new();
    private readonly TracerProvider _tracing;

    public TelemetryCapture()
    {
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource("SessionSdk", "System.Net.Http", TestSource.Name)
            .AddInMemoryExporter(_exported)
            .Build()!;
        Root = TestSource.StartActivity("test")!;
    }

    public Activity Root { get; }

    /// <summary>Gets the finished spans of this test (the root excluded), in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans
    {
        get
        {
            return _exported.Snapshot().Where(a => a.TraceId == Root.TraceId && a != Root).ToList();
        }
    }

    public IReadOnlyList<Activity> SdkSpans => Spans.Where(a => a.Source.Name == "SessionSdk").ToList();

    public IReadOnlyList<Activity> HttpSpans => Spans.Where(a => a.Source.Name == "System.Net.Http").ToList();

    public IReadOnlyList<Activity> ChildrenOf(Activity parent) => Spans.Where(a => a.ParentSpanId == parent.SpanId).ToList();

    public void Dispose()
    {
        Root.Dispose();
        _tracing.Dispose();
    }

    private sealed class LockedList : ICollection<Activity>
    {
        private readonly List<Activity> _items = [];

        public int Count => Snapshot().Count;

        public bool IsReadOnly => false;

        public List<Activity> Snapshot()
        {
            lock (_items)
            {
                return [.. _items];
            }
        }

        public void Add(Activity item)
        {
            lock (_items)
            {
                _items.Add(item);
            }
        }

        public void Clear()
        {
            lock (_items)
            {
                _items.Clear();
            }
        }

        public bool Contains(Activity item) => Snapshot().Contains(item);

        public void CopyTo(Activity[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

        public bool Remove(Activity item)
        {
            lock (_items)
            {
                return _items.Remove(item);
            }
        }

        public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
