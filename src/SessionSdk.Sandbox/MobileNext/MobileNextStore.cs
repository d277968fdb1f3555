using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.MobileNext;

/// <summary>Mobile Next's device sessions per organization, kept in creation order, thread-safe.</summary>
internal sealed class MobileNextStore(SandboxClock clock, SandboxRandom random)
{
    private readonly object _gate = new();
    private readonly List<MobileNextSessionRecord> _sessions = [];

    public void Seed(MobileNextSessionRecord record)
    {
        lock (_gate)
        {
            Insert(record);
        }
    }

    public MobileNextSessionRecord Create(long organizationId, Guid userId)
    {
        var record = new MobileNextSessionRecord(random.NextGuid(), organizationId, userId, clock.Next());
        lock (_gate)
        {
            Insert(record);
        }

        return record;
    }

    /// <summary>Returns up to <paramref name="limit"/> sessions of an organization created strictly before <paramref name="before"/>, newest first.</summary>
    public (List<JsonObject> Items, bool HasMore) List(long organizationId, DateTimeOffset? before, int limit, MobileNextSessionShape shape)
    {
        lock (_gate)
        {
            var page = new List<JsonObject>(limit);
            for (var i = _sessions.Count - 1; i >= 0; i--)
            {
                var record = _sessions[i];
                if (record.OrganizationId != organizationId || (before is { } cursor && record.CreatedAt >= cursor))
                {
                    continue;
                }

                if (page.Count == limit)
                {
                    return (page, true);
                }

                page.Add(MobileNextJson.Session(record, shape, clock));
            }

            return (page, false);
        }
    }

    public JsonObject? Get(long organizationId, Guid id, MobileNextSessionShape shape)
    {
        lock (_gate)
        {
            return Find(organizationId, id) is { } record ? MobileNextJson.Session(record, shape, clock) : null;
        }
    }

    public AllocationResult Allocate(long organizationId, Guid id, MobileNextDevice device)
    {
        lock (_gate)
        {
            if (Find(organizationId, id) is not { } record)
            {
                return AllocationResult.NotFound;
            }

            if (record.ReleasedAt is not null)
            {
                return AllocationResult.Released;
            }

            var allocationId = random.NextGuid();
            record.Allocations.Add((allocationId, device, false, clock.Peek()));
            return new AllocationResult(AllocationOutcome.Allocated, allocationId);
        }
    }

    /// <summary>Releases one device of a session; the session ends when no device is left. False when the device is not allocated to it.</summary>
    public bool? Release(long organizationId, Guid id, string deviceId)
    {
        var now = clock.Next();
        lock (_gate)
        {
            if (Find(organizationId, id) is not { } record)
            {
                return null;
            }

            // A device still being allocated has no id the caller could know yet, so it cannot be released.
            var index = record.Allocations.FindIndex(a => !a.Released && clock.StagesSince(a.RequestedAt) >= 1 && string.Equals(a.Device.Id, deviceId, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return false;
            }

            record.Allocations[index] = record.Allocations[index] with { Released = true };
            if (record.Allocations.TrueForAll(a => a.Released))
            {
                record.ReleasedAt = now;
            }

            return true;
        }
    }

    private MobileNextSessionRecord? Find(long organizationId, Guid id) =>
        _sessions.Find(s => s.Id == id && s.OrganizationId == organizationId);

    private void Insert(MobileNextSessionRecord record)
    {
        var index = _sessions.FindLastIndex(s => s.CreatedAt <= record.CreatedAt);
        _sessions.Insert(index + 1, record);
    }
}
