using System.Text.Json;
using SessionSdk.Providers.MobileNext;

namespace SessionSdk.Tests.MobileNext;

/// <summary>Loads the Mobile Next JSON fixtures and compares JSON the way the "no field lost" tests need.</summary>
internal static class MobileNextFixtures
{
    /// <summary>Id-like fields read through <see cref="FlexibleStringConverter"/>: a number comes back as a string of the same text.</summary>
    private static readonly HashSet<string> FlexibleStringFields = new(StringComparer.Ordinal)
    {
        "id", "sessionId", "organization", "organizationId", "user", "userId", "deviceId", "serial", "allocationId",
    };

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "MobileNext", name));

    public static MobileNextSession Session(string name) =>
        JsonSerializer.Deserialize(Read(name), MobileNextJsonContext.Default.MobileNextSession)!;

    public static MobileNextSessionList List(string name) =>
        JsonSerializer.Deserialize(Read(name), MobileNextJsonContext.Default.MobileNextSessionList)!;

    /// <summary>
    /// Asserts that <paramref name="actual"/> holds every property of <paramref name="expected"/> with an equal value.
    /// Explicit nulls in <paramref name="expected"/> may be missing (the context does not write nulls); a number in an
    /// id-like field may come back as a string with the same text.
    /// </summary>
    public static void AssertContains(JsonElement expected, JsonElement actual, string path = "$", string? propertyName = null)
    {
        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.String
            && propertyName is not null && FlexibleStringFields.Contains(propertyName))
        {
            Assert.Equal(expected.GetRawText(), actual.GetString());
            return;
        }

        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: expected {expected.ValueKind}, got {actual.ValueKind}.");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out var value))
                    {
                        Assert.True(property.Value.ValueKind == JsonValueKind.Null, $"{path}.{property.Name} was lost.");
                        continue;
                    }

                    AssertContains(property.Value, value, $"{path}.{property.Name}", property.Name);
                }

                foreach (var property in actual.EnumerateObject())
                {
                    Assert.True(expected.TryGetProperty(property.Name, out _), $"{path}.{property.Name} was invented.");
                }

                break;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                var index = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    AssertContains(e, a, $"{path}[{index++}]", propertyName);
                }

                break;
            case JsonValueKind.String:
                Assert.True(expected.GetString() == actual.GetString(), $"{path}: expected {expected.GetString()}, got {actual.GetString()}.");
                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}.");
                break;
        }
    }
}
