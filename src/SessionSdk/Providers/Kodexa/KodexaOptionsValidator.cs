using Microsoft.Extensions.Options;

namespace SessionSdk.Providers.Kodexa;

/// <summary>Checks <see cref="KodexaOptions"/> at start-up; each message names the option.</summary>
internal sealed class KodexaOptionsValidator : IValidateOptions<KodexaOptions>
{
    public ValidateOptionsResult Validate(string? name, KodexaOptions options)
    {
        var failures = SessionProviderOptionsValidation.Validate(options, nameof(KodexaOptions));
        if (options.ApiKeyProvider is null && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{nameof(KodexaOptions)}.{nameof(KodexaOptions.ApiKey)} is required (or set {nameof(KodexaOptions.ApiKeyProvider)}) for Kodexa registration '{name}'.");
        }
        else if (options.ApiKeyProvider is null && HeaderValueRules.Problem(options.ApiKey!) is { } keyProblem)
        {
            failures.Add($"{nameof(KodexaOptions)}.{nameof(KodexaOptions.ApiKey)} {keyProblem} (Kodexa registration '{name}').");
        }

        if (options.FirstPageNumber is not (0 or 1))
        {
            failures.Add($"{nameof(KodexaOptions)}.{nameof(KodexaOptions.FirstPageNumber)} must be 0 or 1 (got {options.FirstPageNumber}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
