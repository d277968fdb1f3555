using Microsoft.Extensions.Options;

namespace SessionSdk.Providers.MidPilot;

/// <summary>Checks <see cref="MidPilotOptions"/> at start-up; each message names the option.</summary>
internal sealed class MidPilotOptionsValidator : IValidateOptions<MidPilotOptions>
{
    public ValidateOptionsResult Validate(string? name, MidPilotOptions options)
    {
        // BaseAddress (required, https unless loopback or an opted-in private network) is checked by the shared rules.
        var failures = SessionProviderOptionsValidation.Validate(options, nameof(MidPilotOptions), name);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
