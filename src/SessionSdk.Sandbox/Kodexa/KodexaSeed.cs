using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Kodexa;

/// <summary>Kodexa's documented examples plus a generated, repeatable set of sessions and agent sessions.</summary>
internal static class KodexaSeed
{
    /// <summary>The organization of the "Get Session" page's example ("Acme Corp").</summary>
    public const string OrganizationId = "550e8400-e29b-41d4-a716-446655440000";

    private const int SessionCount = 150;
    private const int AgentSessionCount = 60;

    private static readonly string[] SessionOrder = ["id", "uuid", "changeSequence", "createdOn", "updatedOn", "organizationId", "organization", "state", "token", "lastAccessed"];
    private static readonly string[] AgentOrder = ["id", "uuid", "changeSequence", "createdOn", "updatedOn", "organizationId", "agentRuntimeId", "runtimeSessionId", "status", "metadata", "expiresAt", "lastInvokedAt"];
    private static readonly string[] Runtimes = ["rt-invoice-extractor", "rt-contract-reviewer", "rt-claims-triage", "rt-kyc-checker"];
    private static readonly string[] Pipelines = ["invoices-2026", "contracts-intake", "claims-emea", "kyc-onboarding", "purchase-orders"];
    private static readonly string[] AgentStatuses = ["ACTIVE", "ACTIVE", "IDLE", "COMPLETED", "COMPLETED", "FAILED"];

    /// <summary>The "Acme Corp" organization exactly as the docs' example shows it.</summary>
    public static JsonObject Organization() => new()
    {
        ["authGroupLink"] = new JsonObject { ["authGroup"] = "acme-admins" },
        ["changeSequence"] = 123,
        ["createdOn"] = "2023-11-07T05:31:56Z",
        ["defaultToPrivateTemplates"] = true,
        ["description"] = "Document processing organization for Acme Corp.",
        ["enterpriseOrganization"] = true,
        ["features"] = new JsonObject(),
        ["hasImage"] = true,
        ["id"] = OrganizationId,
        ["memory"] = new JsonObject { ["orderedDashboards"] = new JsonArray("invoices-overview") },
        ["name"] = "Acme Corp",
        ["organizationStatus"] = "ACTIVE",
        ["properties"] = new JsonObject(),
        ["publicAccess"] = true,
        ["searchText"] = "acme corp",
        ["slug"] = "acme-corp",
        ["stripeCustomerId"] = "cus_sandbox_acme",
        ["supportAccess"] = true,
        ["supportAccessExpiresAt"] = "2023-11-07T05:31:56Z",
        ["updatedOn"] = "2023-11-07T05:31:56Z",
        ["uuid"] = "550e8400e29b41d4a716446655440000",
    };

    /// <summary>Returns a copy with the documented fields first, in a fixed order, then any others.</summary>
    public static JsonObject Order(JsonObject item, KodexaResource resource)
    {
        var ordered = new JsonObject();
        var names = resource.IsAgent ? AgentOrder : SessionOrder;
        foreach (var name in names)
        {
            if (item.TryGetPropertyValue(name, out var value))
            {
                ordered[name] = value?.DeepClone();
            }
        }

        foreach (var (name, value) in item)
        {
            if (!names.Contains(name))
            {
                ordered[name] = value?.DeepClone();
            }
        }

        return ordered;
    }

    public static void Seed(KodexaCollection sessions, KodexaCollection agents, DateTimeOffset anchor)
    {
        var random = new SandboxRandom(20261101);
        sessions.Seed(Order(
            new JsonObject
            {
                ["id"] = SandboxExampleIds.KodexaSession,
                ["uuid"] = "0e5f1d2c-3b4a-4f6e-8d7c-9a0b1c2d3e4f",
                ["changeSequence"] = 123,
                ["createdOn"] = "2023-11-07T05:31:56Z",
                ["updatedOn"] = "2023-11-07T05:31:56Z",
                ["organizationId"] = OrganizationId,
                ["organization"] = Organization(),
                ["state"] = "OPEN",
                ["token"] = "sbx_" + random.NextHex(20),
            },
            KodexaResource.Sessions));

        foreach (var created in SeedTimeline.Spread(random, anchor, SessionCount))
        {
            var closed = random.NextDouble() < 0.35;
            var item = new JsonObject
            {
                ["id"] = random.NextId(),
                ["uuid"] = random.NextId(),
                ["changeSequence"] = random.Next(1, 7),
                ["createdOn"] = SandboxTimestamps.JavaInstant(created),
                ["updatedOn"] = SandboxTimestamps.JavaInstant(SeedTimeline.Later(random, created, anchor, 600)),
                ["organizationId"] = OrganizationId,
                ["organization"] = Organization(),
                ["state"] = closed ? "CLOSED" : "OPEN",
                ["token"] = "sbx_" + random.NextHex(20),
            };

            // A third carry the 2022 schema's lastAccessed, so both generations are on the wire.
            if (random.Next(3) == 0)
            {
                item["lastAccessed"] = SandboxTimestamps.JavaInstant(SeedTimeline.Later(random, created, anchor, 1440));
            }

            sessions.Seed(Order(item, KodexaResource.Sessions));
        }

        agents.Seed(Order(
            new JsonObject
            {
                ["id"] = SandboxExampleIds.KodexaAgentSession,
                ["uuid"] = "4c2a8e6f-1d3b-4a5c-9e7f-0b2d4f6a8c1e",
                ["changeSequence"] = 123,
                ["createdOn"] = "2023-11-07T05:31:56Z",
                ["updatedOn"] = "2023-11-07T05:31:56Z",
                ["organizationId"] = OrganizationId,
                ["agentRuntimeId"] = "rt-invoice-extractor",
                ["runtimeSessionId"] = "rs_example",
                ["status"] = "ACTIVE",
                ["metadata"] = new JsonObject(),
                ["expiresAt"] = "2023-11-07T05:31:56Z",
                ["lastInvokedAt"] = "2023-11-07T05:31:56Z",
            },
            KodexaResource.AgentSessions));

        foreach (var created in SeedTimeline.Spread(random, anchor, AgentSessionCount))
        {
            var invoked = random.Next(4) == 0 ? null : SandboxTimestamps.JavaInstant(SeedTimeline.Later(random, created, anchor, 240));
            agents.Seed(Order(
                new JsonObject
                {
                    ["id"] = random.NextId(),
                    ["uuid"] = random.NextId(),
                    ["changeSequence"] = random.Next(1, 12),
                    ["createdOn"] = SandboxTimestamps.JavaInstant(created),
                    ["updatedOn"] = SandboxTimestamps.JavaInstant(SeedTimeline.Later(random, created, anchor, 240)),
                    ["organizationId"] = OrganizationId,
                    ["agentRuntimeId"] = random.Pick(Runtimes),
                    ["runtimeSessionId"] = "rs_" + random.NextHex(8),
                    ["status"] = random.Pick(AgentStatuses),
                    ["metadata"] = new JsonObject { ["pipeline"] = random.Pick(Pipelines), ["step"] = random.Next(1, 9) },
                    ["expiresAt"] = random.Next(2) == 0 ? null : SandboxTimestamps.JavaInstant(created.AddDays(1)),
                    ["lastInvokedAt"] = invoked,
                },
                KodexaResource.AgentSessions));
        }
    }
}
