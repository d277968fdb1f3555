using Microsoft.Extensions.Options;

namespace SessionSdk.Providers.Raydocs;

/// <summary>Checks <see cref="RaydocsOptions"/> at start-up; each message names the option and never quotes the token.</summary>
internal sealed class RaydocsOptionsValidator : IValidateOptions<RaydocsOptions>
{
    public ValidateOptionsResult Validate(string? name, RaydocsOptions options)
    {
        var failures = SessionProviderOptionsValidation.Validate(options, nameof(RaydocsOptions), name);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
