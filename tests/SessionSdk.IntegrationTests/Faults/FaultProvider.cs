using SessionSdk.IntegrationTests.Kodexa;

namespace SessionSdk.IntegrationTests.Faults;

/// <summary>One provider as the fault suite drives it: how to register it, a safe call (GET) and an unsafe one (POST/DELETE).</summary>
public sealed record FaultProvider(
    string Name,
    string HttpRegistration,
    Action<SessionClientsBuilder, Uri, string> Register,
    Func<ISessionClient, CancellationToken, Task> Safe,
    Func<ISessionClient, CancellationToken, Task> Unsafe,
    string ValidSessionJson)
{
    public const string CanaryKey = "canary-key-7f3a9c21e8";
    public const string CanaryToken = "canary-session-token-b42d";

    public override string ToString() => Name;

    /// <summary>Every provider in the SDK. Adding a provider to the SDK means adding it here.</summary>
    public static IReadOnlyList<FaultProvider> All { get; } =
    [
        new(
            "kodexa",
            "kodexa",
            (b, uri, key) => b.AddKodexa(o => { o.ApiKey = key; o.BaseAddress = uri; }),
            (c, ct) => c.GetSessionAsync("s-1", ct),
            (c, ct) => c.CreateSessionAsync(new CreateSessionRequest(), ct),
            KodexaJson.Session("s-1").Replace("session-token-s-1", CanaryToken, StringComparison.Ordinal)),
        new(
            "kodexa-agents",
            "kodexa",
            (b, uri, key) => b.AddKodexa(o => { o.ApiKey = key; o.BaseAddress = uri; }),
            (c, ct) => c.GetSessionAsync("as-1", ct),
            (c, ct) => c.DeleteSessionAsync("as-1", ct),
            """{"id":"as-1","status":"RUNNING","changeSequence":1,"createdOn":"2026-11-20T09:00:00Z"}"""),
        new(
            "raydocs",
            "raydocs",
            (b, uri, key) => b.AddRaydocs(o => { o.Token = key; o.BaseAddress = uri; }),
            (c, ct) => c.GetSessionAsync("770e8400-e29b-41d4-a716-446655440000", ct),
            (c, ct) => c.DeleteSessionAsync("770e8400-e29b-41d4-a716-446655440000", ct),
            """{"id":"770e8400-e29b-41d4-a716-446655440000","name":"Q1 2024 Invoices","extraction_template_id":"550e8400-e29b-41d4-a716-446655440000","settings":{},"created_at":"2024-01-15T10:30:00Z","updated_at":"2024-01-15T10:30:00Z","documents":[],"results":[]}"""),
        new(
            "midpilot",
            "midpilot",
            (b, uri, _) => b.AddMidPilot(o => o.BaseAddress = uri),
            (c, ct) => c.GetSessionAsync("123e4567-e89b-12d3-a456-426614174000", ct),
            (c, ct) => c.DeleteSessionAsync("123e4567-e89b-12d3-a456-426614174000", ct),
            """{"sessionId":"123e4567-e89b-12d3-a456-426614174000","data":{"discoveryInput":{"applicationName":"My API"}},"createdAt":"2026-03-10T10:30:00.123456+00:00","updatedAt":"2026-03-10T10:35:00Z"}"""),
        new(
            "mobilenext",
            "mobilenext",
            (b, uri, key) => b.AddMobileNext(o => { o.ApiKey = key; o.OrganizationId = "42"; o.BaseAddress = uri; }),
            (c, ct) => c.GetSessionAsync("3c90c3cc-0d44-4b50-8888-8dd25736052a", ct),
            (c, ct) => c.CreateSessionAsync(new CreateSessionRequest(), ct),
            """{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","organization":"org-ref","user":"9b2f0c1e-0000-4000-8000-000000000001","device":{"id":"dev-1","platform":"ios","type":"real","name":"iPhone 15","osVersion":"17.4"},"createdAt":"2026-11-20T09:00:00Z","releasedAt":null}"""),
    ];
}
