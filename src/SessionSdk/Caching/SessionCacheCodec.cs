using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace SessionSdk;

/// <summary>
/// How one provider's sessions travel through a shared cache: the vendor's own object as JSON, with its secrets left
/// out, and mapped again on the way back. So a cached session is the one the provider would have returned, with
/// <see cref="Session.RawRepresentation"/> of the same vendor type. Each provider client hands its codec out through
/// <see cref="ISessionClient.GetService"/>.
/// </summary>
internal sealed class SessionCacheCodec
{
    private readonly Func<Session, byte[]?> _write;
    private readonly Func<byte[], Session> _read;

    private SessionCacheCodec(Func<Session, byte[]?> write, Func<byte[], Session> read)
    {
        _write = write;
        _read = read;
    }

    /// <summary>A codec over a vendor type.</summary>
    /// <param name="typeInfo">The vendor type's source-generated JSON metadata.</param>
    /// <param name="map">The provider's mapping from the vendor object to a session.</param>
    /// <param name="secretProperties">JSON names of secrets never written to the cache (a Kodexa session <c>token</c>).</param>
    public static SessionCacheCodec For<TDto>(JsonTypeInfo<TDto> typeInfo, Func<TDto, Session> map, params string[] secretProperties)
        where TDto : class =>
        new(
            session => session.RawRepresentation is TDto dto ? Write(dto, typeInfo, secretProperties) : null,
            bytes => map(JsonSerializer.Deserialize(bytes, typeInfo) ?? throw new JsonException("The cached session is empty.")));

    /// <summary>The bytes to cache for <paramref name="session"/>, or <see langword="null"/> when it is not this provider's.</summary>
    public byte[]? Write(Session session) => _write(session);

    /// <summary>Reads a cached session back, or <see langword="null"/> when the entry cannot be read (it is then fetched anew).</summary>
    public Session? TryRead(byte[] bytes)
    {
        try
        {
            return bytes.Length == 0 ? null : _read(bytes);
        }
        catch (Exception e) when (e is JsonException or SessionResponseException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    private static byte[] Write<TDto>(TDto dto, JsonTypeInfo<TDto> typeInfo, string[] secretProperties)
    {
        if (secretProperties.Length == 0)
        {
            return JsonSerializer.SerializeToUtf8Bytes(dto, typeInfo);
        }

        var json = JsonSerializer.SerializeToNode(dto, typeInfo) as JsonObject ?? [];
        foreach (var name in json.Select(p => p.Key).Where(k => secretProperties.Contains(k, StringComparer.OrdinalIgnoreCase)).ToArray())
        {
            json.Remove(name);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            json.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}
