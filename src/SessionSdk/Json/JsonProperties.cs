using System.Text.Json;

namespace SessionSdk;

/// <summary>Builds the read-only JSON dictionaries of the common model from vendor DTOs.</summary>
internal static class JsonProperties
{
    /// <summary>Collects a DTO's unknown fields plus named extra values (skipping null ones) into one dictionary.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Collect(IDictionary<string, JsonElement>? unknown, params ReadOnlySpan<(string Name, JsonElement? Value)> extras)
    {
        var count = (unknown?.Count ?? 0) + extras.Length;
        if (count == 0)
        {
            return Session.EmptyProperties;
        }

        var result = new Dictionary<string, JsonElement>(count, StringComparer.Ordinal);
        foreach (var (name, value) in extras)
        {
            if (value is { } element)
            {
                result[name] = element;
            }
        }

        if (unknown is not null)
        {
            foreach (var pair in unknown)
            {
                result[pair.Key] = pair.Value;
            }
        }

        return result.Count == 0 ? Session.EmptyProperties : result;
    }

    /// <summary>Returns the members of a JSON object, or <see langword="null"/> when the value is absent or not an object.</summary>
    public static IReadOnlyDictionary<string, JsonElement>? ObjectMembers(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = property.Value.Clone();
        }

        return result;
    }

    /// <summary>A string as a JSON value, or <see langword="null"/>.</summary>
    public static JsonElement? String(string? value) =>
        value is null ? null : JsonSerializer.SerializeToElement(value, SessionSdkJsonContext.Default.String);

    /// <summary>A value that is not an object (so could not be <see cref="Session.Metadata"/>), kept as is; <see langword="null"/> for objects and absent values.</summary>
    public static JsonElement? NonObject(JsonElement? value) =>
        value is { } element && element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null) ? element : null;
}
