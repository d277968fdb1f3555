using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SessionSdk.Providers.Raydocs;

/// <summary>Reads <see cref="RaydocsResultList"/> from either <c>{"data": [...]}</c> or a bare array, through the caller's (source-generated) metadata.</summary>
internal sealed class RaydocsResultListConverter : JsonConverter<RaydocsResultList>
{
    public override RaydocsResultList? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var items = JsonSerializer.Deserialize(ref reader, ListInfo(options));
                return new RaydocsResultList { Data = items ?? [], IsBareArray = true };
            case JsonTokenType.StartObject:
                var page = JsonSerializer.Deserialize(ref reader, PageInfo(options));
                return new RaydocsResultList { Data = page?.Data ?? [], Meta = page?.Meta, AdditionalProperties = page?.AdditionalProperties };
            default:
                throw new JsonException($"Expected a results object or array, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, RaydocsResultList value, JsonSerializerOptions options)
    {
        if (value.IsBareArray && value.Meta is null && value.AdditionalProperties is not { Count: > 0 })
        {
            JsonSerializer.Serialize(writer, value.Data, ListInfo(options));
            return;
        }

        var page = new RaydocsPage<RaydocsResult> { Data = value.Data, Meta = value.Meta, AdditionalProperties = value.AdditionalProperties };
        JsonSerializer.Serialize(writer, page, PageInfo(options));
    }

    private static JsonTypeInfo<List<RaydocsResult>> ListInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<List<RaydocsResult>>)options.GetTypeInfo(typeof(List<RaydocsResult>));

    private static JsonTypeInfo<RaydocsPage<RaydocsResult>> PageInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<RaydocsPage<RaydocsResult>>)options.GetTypeInfo(typeof(RaydocsPage<RaydocsResult>));
}
