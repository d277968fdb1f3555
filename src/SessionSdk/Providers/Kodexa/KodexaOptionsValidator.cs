using Microsoft.Extensions.Options;

namespace SessionSdk.Providers.Kodexa;

/// <summary>Checks <see cref="KodexaOptions"/> at start-up; each message names the option.</summary>
internal sealed class KodexaOptionsValidator : IValidateOptions<KodexaOptions>
{
    public ValidateOptionsResult Validate(string? name, KodexaOptions options)
    {
        var failures = SessionProviderOptionsValidation.Validate(options, nameof(KodexaOptions), name);

        if (options.FirstPageNumber is not (0 or 1))
        {
            failures.Add($"{nameof(KodexaOptions)}.{nameof(KodexaOptions.FirstPageNumber)} must be 0 or 1 (got {options.FirstPageNumber}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
