using System.Text.Json;

namespace SessionSdk.Tests.Raydocs;

/// <summary>Deep JSON equality for the "no field lost" tests.</summary>
internal static class RaydocsJsonAssert
{
    /// <summary>
    /// Id-like fields the SDK reads as strings whatever their JSON type (<c>FlexibleStringConverter</c>), so a number
    /// comes back as the same digits in a string. Everything else must round-trip with its JSON type.
    /// </summary>
    private static readonly HashSet<string> IdFields = new(StringComparer.Ordinal) { "workspace_id", "workspaceId" };

    /// <summary>Asserts both values are equal as JSON, ignoring properties that are explicitly null on either side.</summary>
    public static void DeepEqual(JsonElement expected, JsonElement actual, string path = "$")
    {
        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.String && IdFields.Contains(LastSegment(path)))
        {
            Assert.Equal(expected.GetRawText(), actual.GetString());
            return;
        }

        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: expected {expected.ValueKind}, got {actual.ValueKind}");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var left = NonNull(expected);
                var right = NonNull(actual);
                Assert.True(left.Keys.ToHashSet().SetEquals(right.Keys), $"{path}: expected properties [{string.Join(", ", left.Keys)}], got [{string.Join(", ", right.Keys)}]");
                foreach (var (name, value) in left)
                {
                    DeepEqual(value, right[name], path + "." + name);
                }

                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: array length differs");
                var index = 0;
                foreach (var (a, b) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    DeepEqual(a, b, $"{path}[{index++}]");
                }

                break;
            case JsonValueKind.String:
                Assert.True(expected.GetString() == actual.GetString(), $"{path}: expected {expected.GetString()}, got {actual.GetString()}");
                break;
            case JsonValueKind.Number:
                Assert.True(expected.GetDecimal() == actual.GetDecimal(), $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
        }
    }

    private static Dictionary<string, JsonElement> NonNull(JsonElement element) =>
        element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).ToDictionary(p => p.Name, p => p.Value);

    private static string LastSegment(string path) => path[(path.LastIndexOf('.') + 1)..];
}
