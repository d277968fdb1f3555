namespace SessionSdk.Sandbox.Tests.Infrastructure;

/// <summary>One seeded sandbox with a fixed clock, shared by a test class. Tests that change data create their own sessions.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public SessionSandbox Sandbox { get; private set; } = null!;

    public (string, string) KodexaKey => ("x-api-key", Sandbox.KodexaApiKey);

    public (string, string) RaydocsAuth => ("Authorization", "Bearer " + Sandbox.RaydocsToken);

    public (string, string) MobileNextAuth => ("Authorization", "Bearer " + Sandbox.MobileNextApiKey);

    public async Task InitializeAsync() => Sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { Now = Now });

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();
}
