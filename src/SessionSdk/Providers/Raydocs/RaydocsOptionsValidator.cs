using Microsoft.Extensions.Options;

namespace SessionSdk.Providers.Raydocs;

/// <summary>Checks <see cref="RaydocsOptions"/> at start-up; each message names the option and never quotes the token.</summary>
internal sealed class RaydocsOptionsValidator : IValidateOptions<RaydocsOptions>
{
    public ValidateOptionsResult Validate(string? name, RaydocsOptions options)
    {
        var failures = SessionProviderOptionsValidation.Validate(options, nameof(RaydocsOptions));
        if (options.TokenProvider is null)
        {
            if (string.IsNullOrWhiteSpace(options.Token))
            {
                failures.Add($"{nameof(RaydocsOptions)}.{nameof(RaydocsOptions.Token)} is required (or set {nameof(RaydocsOptions.TokenProvider)}) for Raydocs registration '{name}'.");
            }
            else if (options.Token.TrimStart().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{nameof(RaydocsOptions)}.{nameof(RaydocsOptions.Token)} must be the bare token, without the 'Bearer ' scheme (Raydocs registration '{name}').");
            }
            else if (HeaderValueRules.Problem(options.Token) is { } tokenProblem)
            {
                failures.Add($"{nameof(RaydocsOptions)}.{nameof(RaydocsOptions.Token)} {tokenProblem} (Raydocs registration '{name}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
