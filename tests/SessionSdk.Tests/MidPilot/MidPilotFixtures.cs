using System.Text.Json;
using System.Text.Json.Nodes;
using SessionSdk.Providers.MidPilot;

namespace SessionSdk.Tests.MidPilot;

/// <summary>Loads the midPilot JSON fixtures and compares JSON the way the "no field lost" tests need.</summary>
internal static class MidPilotFixtures
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "MidPilot", name));

    public static MidPilotSession Session(string name) =>
        JsonSerializer.Deserialize(Read(name), MidPilotJsonContext.Default.MidPilotSession)
        ?? throw new InvalidOperationException($"Fixture {name} is empty.");

    /// <summary>Deep JSON equality, ignoring properties whose value is an explicit null.</summary>
    public static bool JsonEquivalent(string expected, string actual) =>
        JsonNode.DeepEquals(WithoutNulls(JsonNode.Parse(expected)), WithoutNulls(JsonNode.Parse(actual)));

    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    obj.Remove(name);
                }

                foreach (var (_, value) in obj)
                {
                    WithoutNulls(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    WithoutNulls(item);
                }

                break;
        }

        return node;
    }
}
