namespace SessionSdk.Sandbox;

/// <summary>
/// Ids of the sessions the sandbox seeds from the vendors' documented examples (when
/// <see cref="SessionSandboxOptions.SeedData"/> is on), so a test or a <c>curl</c> can read a known session.
/// </summary>
public static class SandboxExampleIds
{
    /// <summary>Kodexa session built from the "Get Session" page (organization "Acme Corp", <c>changeSequence</c> 123).</summary>
    public const string KodexaSession = "5f2b9c1e-8d4a-4e3b-9a61-0c7d2e4f8b13";

    /// <summary>Kodexa orchestrator-agent session built from the "Create OrchestratorAgentSession" page.</summary>
    public const string KodexaAgentSession = "9a7c3e51-2b6d-4f08-8c1e-5d3a7b9f2e64";

    /// <summary>Raydocs session from the "Get Extraction Session" worked example ("Q1 2024 Invoices"; it has no <c>status</c>).</summary>
    public const string RaydocsSession = "770e8400-e29b-41d4-a716-446655440000";

    /// <summary>Raydocs session from the "Get Extraction Session" schema example (newer document and result shapes).</summary>
    public const string RaydocsSchemaSession = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

    /// <summary>The extraction template of the documented Raydocs sessions.</summary>
    public const string RaydocsTemplate = "550e8400-e29b-41d4-a716-446655440000";

    /// <summary>midPilot session from the "Get Session" page ("My API" discovery and scrape inputs).</summary>
    public const string MidPilotSession = "123e4567-e89b-12d3-a456-426614174000";
}
