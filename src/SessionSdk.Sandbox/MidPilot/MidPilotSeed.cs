using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.MidPilot;

/// <summary>The "Get Session" page's example plus generated connector-generation sessions at various stages.</summary>
internal static class MidPilotSeed
{
    private const int SessionCount = 25;
    private static readonly (string Name, string Version, string BaseUrl)[] Applications =
    [
        ("GitLab", "v4", "https://gitlab.example.com/api/v4"),
        ("Zendesk", "v2", "https://acme.zendesk.example/api/v2"),
        ("BambooHR", "v1", "https://api.bamboohr.example/api/gateway.php/acme/v1"),
        ("Okta", "v1", "https://acme.okta.example/api/v1"),
        ("Jira Cloud", "3", "https://acme.atlassian.example/rest/api/3"),
        ("Personio", "v1", "https://api.personio.example/v1"),
    ];

    public static void Seed(MidPilotStore store, DateTimeOffset anchor)
    {
        var random = new SandboxRandom(20261103);
        store.Seed(
            Guid.Parse(SandboxExampleIds.MidPilotSession),
            new JsonObject
            {
                ["discoveryInput"] = new JsonObject { ["applicationName"] = "My API", ["applicationVersion"] = "v2.0" },
                ["documentationItems"] = new JsonArray(),
                ["scrapeInput"] = new JsonObject { ["applicationName"] = "My API", ["applicationVersion"] = "v2.0", ["baseUrl"] = "https://api.example.com" },
            },
            new DateTimeOffset(2026, 3, 10, 10, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 10, 10, 35, 0, TimeSpan.Zero));

        foreach (var created in SeedTimeline.Spread(random, anchor, SessionCount))
        {
            // Python timestamps carry microseconds.
            var createdAt = created.AddTicks(random.Next(0, 1000) * 10);
            var (name, version, baseUrl) = random.Pick(Applications);
            var input = new JsonObject { ["applicationName"] = name, ["applicationVersion"] = version };
            var data = new JsonObject { ["discoveryInput"] = input.DeepClone(), ["discoveryJobId"] = random.NextId() };
            var stage = random.Next(4);
            if (stage >= 1)
            {
                data["discoveryOutput"] = new JsonObject { ["candidateUrls"] = new JsonArray(baseUrl + "/docs") };
                data["scrapeInput"] = new JsonObject { ["applicationName"] = name, ["applicationVersion"] = version, ["baseUrl"] = baseUrl };
                data["scrapeJobId"] = random.NextId();
                data["documentationItems"] = new JsonArray(new JsonObject { ["id"] = random.NextId(), ["url"] = baseUrl + "/docs" });
            }

            if (stage >= 2)
            {
                data["digesterInput"] = input.DeepClone();
                data["digesterJobId"] = random.NextId();
                data["objectClasses"] = new JsonArray("User", "Group");
            }

            if (stage >= 3)
            {
                data["codegenInput"] = input.DeepClone();
                data["codegenJobId"] = random.NextId();
                data["generatedCode"] = new JsonObject { ["language"] = "groovy", ["files"] = new JsonArray($"{name.Replace(' ', '_')}Connector.groovy") };
            }

            store.Seed(random.NextGuid(), data, createdAt, SeedTimeline.Later(random, createdAt, anchor, 180));
        }
    }
}
