using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionSdk.Tests;

/// <summary>Loads JSON fixtures and compares JSON trees the way a user would (instants, not timestamp spellings).</summary>
public static class JsonFixture
{
    public static string Read(string vendor, string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", vendor, name));

    public static IEnumerable<string> Names(string vendor) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", vendor), "*.json").Select(Path.GetFileName)!;

    /// <summary>Asserts that every non-null value in <paramref name="expected"/> is present and equal in <paramref name="actual"/>.</summary>
    public static void AssertContains(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case null:
                return;
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual, exactMatch: false);
                foreach (var (name, value) in expectedObject)
                {
                    if (value is null)
                    {
                        continue;
                    }

                    Assert.True(actualObject.ContainsKey(name), $"{path}.{name} was lost");
                    AssertContains(value, actualObject[name], $"{path}.{name}");
                }

                return;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual, exactMatch: false);
                Assert.True(expectedArray.Count == actualArray.Count, $"{path}: {expectedArray.Count} items expected, {actualArray.Count} found");
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    AssertContains(expectedArray[i], actualArray[i], $"{path}[{i}]");
                }

                return;
            default:
                Assert.True(SameValue(expected.AsValue(), actual?.AsValue()), $"{path}: expected {expected.ToJsonString()}, found {actual?.ToJsonString() ?? "nothing"}");
                return;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue? actual)
    {
        if (actual is null)
        {
            return false;
        }

        var e = expected.GetValue<JsonElement>();
        var a = actual.GetValue<JsonElement>();
        if (e.ValueKind == JsonValueKind.Number && a.ValueKind is JsonValueKind.Number or JsonValueKind.String)
        {
            return e.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) == (a.ValueKind == JsonValueKind.Number ? a.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) : a.GetString());
        }

        if (e.ValueKind == JsonValueKind.String && a.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(e.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var ed)
            && DateTimeOffset.TryParse(a.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var ad)
            && e.GetString()!.Contains('T'))
        {
            return ed == ad;
        }

        return JsonElement.DeepEquals(e, a);
    }
}
