using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SessionSdk;

/// <summary>
/// A read-only JSON dictionary built on first use. A mapper whose extra values cost a serialization (an embedded
/// object turned back into a <see cref="JsonElement"/>) hands this out instead, so a caller who never reads
/// <see cref="Session.AdditionalProperties"/> never pays for it. Built at most once per reader race; every reader sees
/// equal contents.
/// </summary>
/// <typeparam name="TState">What the dictionary is built from (the vendor's DTO).</typeparam>
internal sealed class DeferredJsonProperties<TState>(TState state, Func<TState, IReadOnlyDictionary<string, JsonElement>> build)
    : IReadOnlyDictionary<string, JsonElement>
{
    private IReadOnlyDictionary<string, JsonElement>? _built;

    private IReadOnlyDictionary<string, JsonElement> Built
    {
        get
        {
            var built = Volatile.Read(ref _built);
            if (built is null)
            {
                built = build(state);
                built = Interlocked.CompareExchange(ref _built, built, null) ?? built;
            }

            return built;
        }
    }

    public JsonElement this[string key] => Built[key];

    public IEnumerable<string> Keys => Built.Keys;

    public IEnumerable<JsonElement> Values => Built.Values;

    public int Count => Built.Count;

    public bool ContainsKey(string key) => Built.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value) => Built.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => Built.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
