using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk;

/// <summary>
/// Reads an id-like value that a vendor sends as a JSON string in one place and as a number in another
/// (Raydocs <c>workspace_id</c>, Mobile Next <c>organizationId</c>) into a string; writes it back as a string.
/// </summary>
internal sealed class FlexibleStringConverter : JsonConverter<string>
{
    /// <inheritdoc />
    public override bool HandleNull => false;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string or a number, got {reader.TokenType}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
