using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SessionSdk.Providers.MobileNext;

/// <summary>
/// Reads <see cref="MobileNextSessionList"/> from an envelope object of any documented shape or from a bare array,
/// matching names case-insensitively like the rest of the vendor's types; writes the envelope object back.
/// </summary>
internal sealed class MobileNextSessionListConverter : JsonConverter<MobileNextSessionList>
{
    public override MobileNextSessionList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var sessions = SessionsInfo(options);
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return new MobileNextSessionList { Data = JsonSerializer.Deserialize(ref reader, sessions) };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a list object or an array of sessions, got {reader.TokenType}.");
        }

        var list = new MobileNextSessionList();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (Is(name, "data") && IsList(reader.TokenType))
            {
                list.Data = JsonSerializer.Deserialize(ref reader, sessions);
            }
            else if (Is(name, "sessions") && IsList(reader.TokenType))
            {
                list.Sessions = JsonSerializer.Deserialize(ref reader, sessions);
            }
            else if (Is(name, "nextCursor") && reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null)
            {
                list.NextCursor = reader.TokenType == JsonTokenType.Null ? null : Text(ref reader);
            }
            else if (Is(name, "object") && reader.TokenType is JsonTokenType.String)
            {
                list.Object = reader.GetString();
            }
            else
            {
                // Anything else, including a known name with an unexpected type, is kept rather than failing the page.
                list.AdditionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                list.AdditionalProperties[name] = JsonElement.ParseValue(ref reader);
            }
        }

        return list;
    }

    public override void Write(Utf8JsonWriter writer, MobileNextSessionList value, JsonSerializerOptions options)
    {
        var sessions = SessionsInfo(options);
        writer.WriteStartObject();
        if (value.Object is not null)
        {
            writer.WriteString("object", value.Object);
        }

        if (value.Data is not null)
        {
            writer.WritePropertyName("data");
            JsonSerializer.Serialize(writer, value.Data, sessions);
        }

        if (value.Sessions is not null)
        {
            writer.WritePropertyName("sessions");
            JsonSerializer.Serialize(writer, value.Sessions, sessions);
        }

        if (value.NextCursor is not null)
        {
            writer.WriteString("nextCursor", value.NextCursor);
        }

        foreach (var (name, element) in value.AdditionalProperties ?? new Dictionary<string, JsonElement>())
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static JsonTypeInfo<List<MobileNextSession>> SessionsInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<List<MobileNextSession>>)options.GetTypeInfo(typeof(List<MobileNextSession>));

    private static bool IsList(JsonTokenType token) => token is JsonTokenType.StartArray or JsonTokenType.Null;

    private static bool Is(string name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

    private static string Text(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
}
