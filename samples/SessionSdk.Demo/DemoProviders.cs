using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using SessionSdk.Sandbox;

namespace SessionSdk.Demo;

/// <summary>What the demo does with each provider. Adding a provider is one entry per table; providers that are not registered are skipped.</summary>
internal static class DemoProviders
{
    /// <summary>The configuration section of each vendor under <c>SessionSdk</c>; a vendor with a section uses the real API.</summary>
    public static readonly (string Section, SandboxVendors Vendor, string DisplayName)[] Vendors =
    [
        ("Kodexa", SandboxVendors.Kodexa, "Kodexa"),
        ("Raydocs", SandboxVendors.Raydocs, "Raydocs"),
        ("MidPilot", SandboxVendors.MidPilot, "midPilot"),
        ("MobileNext", SandboxVendors.MobileNext, "Mobile Next"),
    ];

    /// <summary>One create request per provider that can create sessions.</summary>
    public static IReadOnlyList<(string Provider, Func<CreateSessionRequest> Request)> Creates(IConfiguration configuration) =>
    [
        ("kodexa", () => new CreateSessionRequest { AdditionalProperties = { ["state"] = "OPEN" } }),
        ("kodexa-agents", () => new CreateSessionRequest
        {
            Metadata = new JsonObject { ["pipeline"] = "sessionsdk-demo", ["step"] = 1 },
            AdditionalProperties = { ["agentRuntimeId"] = "rt-sessionsdk-demo", ["status"] = "ACTIVE" },
        }),
        ("raydocs", () => new CreateSessionRequest
        {
            Name = "SessionSdk demo",
            AdditionalProperties = { ["extraction_template_id"] = configuration["Demo:RaydocsTemplateId"] ?? SandboxExampleIds.RaydocsTemplate },
        }),
        ("midpilot", () => new CreateSessionRequest()),
        ("mobilenext", () => new CreateSessionRequest()),
    ];

    /// <summary>The update the demo shows: the first of these whose provider is registered.</summary>
    public static IReadOnlyList<(string Provider, string Description, Func<Session, UpdateSessionRequest> Request)> Updates { get; } =
    [
        ("kodexa", "close the Kodexa session (state = CLOSED)", created => new UpdateSessionRequest
        {
            ExpectedVersion = created.Version,
            AdditionalProperties = { ["state"] = "CLOSED" },
        }),
        ("midpilot", "merge a key into the midPilot session's data", _ => new UpdateSessionRequest
        {
            Metadata = new JsonObject { ["discoveryInput"] = new JsonObject { ["applicationName"] = "SessionSdk demo" } },
        }),
    ];
}
