using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Kodexa;

/// <summary>
/// One Kodexa resource's objects, thread-safe. Objects are stored and handed out as JSON copies, so whatever a
/// client PUTs (fields the sandbox does not know included) is kept and returned. Server-managed fields
/// (<c>id</c>, <c>uuid</c>, <c>changeSequence</c>, <c>createdOn</c>, <c>updatedOn</c>, a session's <c>token</c> and
/// embedded <c>organization</c>) are set by the sandbox.
/// </summary>
internal sealed class KodexaCollection
{
    private readonly object _gate = new();
    private readonly Dictionary<string, JsonObject> _items = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly SandboxClock _clock;
    private readonly SandboxRandom _random;

    public KodexaCollection(KodexaResource resource, SandboxClock clock, SandboxRandom random)
    {
        Resource = resource;
        _clock = clock;
        _random = random;
    }

    public KodexaResource Resource { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Adds a seeded object as given.</summary>
    public void Seed(JsonObject item)
    {
        lock (_gate)
        {
            var id = item["id"]!.GetValue<string>();
            _items[id] = item;
            _order.Add(id);
        }
    }

    public JsonObject? Get(string id)
    {
        lock (_gate)
        {
            return _items.TryGetValue(id, out var item) ? (JsonObject)item.DeepClone() : null;
        }
    }

    /// <summary>Returns the objects passing the query's filters, in its sort order (insertion order when unsorted).</summary>
    public List<JsonObject> Query(KodexaListQuery query)
    {
        List<JsonObject> matches;
        lock (_gate)
        {
            matches = _order.Select(id => _items[id]).Where(query.Matches).Select(item => (JsonObject)item.DeepClone()).ToList();
        }

        // A stable sort: ties keep insertion order, as a database's secondary order by id would.
        return query.Sort.Count == 0 ? matches : matches.Order(Comparer<JsonObject>.Create(query.Compare)).ToList();
    }

    /// <summary>Creates an object from a client's body; returns <see langword="null"/> when the client-chosen id is taken.</summary>
    public JsonObject? Create(JsonObject body)
    {
        var item = (JsonObject)body.DeepClone();
        var id = item["id"] is JsonValue given && given.TryGetValue<string>(out var text) && text.Length > 0 ? text : _random.NextId();
        var now = SandboxTimestamps.JavaInstant(_clock.Next());
        lock (_gate)
        {
            if (_items.ContainsKey(id))
            {
                return null;
            }

            item["id"] = id;
            item["uuid"] = _random.NextId();
            item["changeSequence"] = 1;
            item["createdOn"] = now;
            item["updatedOn"] = now;
            ApplyDefaults(item, previous: null);
            var ordered = KodexaSeed.Order(item, Resource);
            _items[id] = ordered;
            _order.Add(id);
            return (JsonObject)ordered.DeepClone();
        }
    }

    /// <summary>Replaces an object with a client's full body when its <c>changeSequence</c> is current (or absent).</summary>
    public KodexaReplaceResult Replace(string id, JsonObject body)
    {
        lock (_gate)
        {
            if (!_items.TryGetValue(id, out var current))
            {
                return new KodexaReplaceResult(KodexaReplaceOutcome.NotFound, null, null, null);
            }

            var stored = current["changeSequence"]?.GetValue<int>() ?? 0;
            int? sent = body["changeSequence"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;
            if (sent is { } version && version != stored)
            {
                return new KodexaReplaceResult(KodexaReplaceOutcome.Conflict, null, stored, sent);
            }

            var item = (JsonObject)body.DeepClone();
            item["id"] = id;
            item["uuid"] = current["uuid"]?.DeepClone();
            item["changeSequence"] = stored + 1;
            item["createdOn"] = current["createdOn"]?.DeepClone();
            item["updatedOn"] = SandboxTimestamps.JavaInstant(_clock.Next());
            ApplyDefaults(item, current);
            var ordered = KodexaSeed.Order(item, Resource);
            _items[id] = ordered;
            return new KodexaReplaceResult(KodexaReplaceOutcome.Replaced, (JsonObject)ordered.DeepClone(), stored, sent);
        }
    }

    public bool Delete(string id)
    {
        lock (_gate)
        {
            if (!_items.Remove(id))
            {
                return false;
            }

            _order.Remove(id);
            return true;
        }
    }

    private void ApplyDefaults(JsonObject item, JsonObject? previous)
    {
        if (item["organizationId"] is null)
        {
            item["organizationId"] = previous?["organizationId"]?.DeepClone() ?? KodexaSeed.OrganizationId;
        }

        if (Resource.IsAgent)
        {
            item["status"] ??= "ACTIVE";
            item["metadata"] ??= new JsonObject();

            // Jackson writes nulls: every documented field is present, null when unset.
            foreach (var name in (string[])["agentRuntimeId", "runtimeSessionId", "expiresAt", "lastInvokedAt"])
            {
                if (!item.ContainsKey(name))
                {
                    item[name] = null;
                }
            }

            return;
        }

        item["state"] ??= previous?["state"]?.DeepClone() ?? "OPEN";
        item["token"] = previous?["token"]?.DeepClone() ?? (JsonNode)("sbx_" + _random.NextHex(20));
        item["organization"] = item["organizationId"] is JsonValue org && org.TryGetValue<string>(out var orgId) && orgId == KodexaSeed.OrganizationId
            ? KodexaSeed.Organization()
            : null;
        if (item["organization"] is null)
        {
            item.Remove("organization");
        }
    }
}
