namespace SessionSdk.Providers.MidPilot;

/// <summary>
/// Checks <see cref="MidPilotOptions"/> at start-up: the shared rules only (BaseAddress is required, https unless
/// loopback or an opted-in private network).
/// </summary>
internal sealed class MidPilotOptionsValidator : SessionProviderOptionsValidator<MidPilotOptions>;
