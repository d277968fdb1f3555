namespace SessionSdk.Sandbox;

/// <summary>The vendors the sandbox stands in for, as flags so a set of them can be named at once.</summary>
[Flags]
public enum SandboxVendors
{
    /// <summary>No vendor.</summary>
    None = 0,

    /// <summary>Kodexa: <c>/api/sessions</c> and <c>/api/orchestrator-agent-sessions</c> (providers <c>kodexa</c> and <c>kodexa-agents</c>).</summary>
    Kodexa = 1,

    /// <summary>Raydocs: <c>/extractions/sessions</c> (provider <c>raydocs</c>).</summary>
    Raydocs = 2,

    /// <summary>midPilot connector generator: <c>/api/v1/session</c> (provider <c>midpilot</c>).</summary>
    MidPilot = 4,

    /// <summary>Mobile Next: <c>/api/v1/sessions</c> (provider <c>mobilenext</c>).</summary>
    MobileNext = 8,

    /// <summary>Every vendor.</summary>
    All = Kodexa | Raydocs | MidPilot | MobileNext,
}
