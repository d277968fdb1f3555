using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.MidPilot;

/// <summary>midPilot's sessions: a free-form <c>data</c> bag with two timestamps, keyed by UUID, thread-safe.</summary>
internal sealed class MidPilotStore(SandboxClock clock)
{
    private readonly object _gate = new();
    private readonly Dictionary<Guid, Record> _sessions = [];

    public void Seed(Guid id, JsonObject data, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        lock (_gate)
        {
            _sessions[id] = new Record(data, createdAt, updatedAt);
        }
    }

    /// <summary>Creates a session with an empty <c>data</c>; returns <see langword="false"/> when the id is taken.</summary>
    public bool Create(Guid id)
    {
        var now = clock.Next();
        lock (_gate)
        {
            return _sessions.TryAdd(id, new Record([], now, now));
        }
    }

    public bool Exists(Guid id)
    {
        lock (_gate)
        {
            return _sessions.ContainsKey(id);
        }
    }

    public (JsonObject Data, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)? Get(Guid id)
    {
        lock (_gate)
        {
            return _sessions.TryGetValue(id, out var record) ? ((JsonObject)record.Data.DeepClone(), record.CreatedAt, record.UpdatedAt) : null;
        }
    }

    /// <summary>Merges top-level keys: given keys replace the stored ones, others stay; nested objects are replaced, not merged.</summary>
    public bool Merge(Guid id, JsonObject changes)
    {
        var now = clock.Next();
        lock (_gate)
        {
            if (!_sessions.TryGetValue(id, out var record))
            {
                return false;
            }

            foreach (var (name, value) in changes)
            {
                record.Data[name] = value?.DeepClone();
                if (name.EndsWith("JobId", StringComparison.Ordinal))
                {
                    // A stage that records a new job id has just started that job.
                    record.JobsStartedAt[name] = now;
                }
            }

            record.UpdatedAt = now;
            return true;
        }
    }

    /// <summary>Gets when each <c>…JobId</c> key of a session's data was last written through a merge (seeded jobs have none: they are long done).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset>? JobsStartedAt(Guid id)
    {
        lock (_gate)
        {
            return _sessions.TryGetValue(id, out var record) ? new Dictionary<string, DateTimeOffset>(record.JobsStartedAt) : null;
        }
    }

    public bool Delete(Guid id)
    {
        lock (_gate)
        {
            return _sessions.Remove(id);
        }
    }

    private sealed class Record(JsonObject data, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        public JsonObject Data { get; } = data;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public DateTimeOffset UpdatedAt { get; set; } = updatedAt;

        public Dictionary<string, DateTimeOffset> JobsStartedAt { get; } = new(StringComparer.Ordinal);
    }
}
