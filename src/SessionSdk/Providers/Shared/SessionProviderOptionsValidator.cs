using Microsoft.Extensions.Options;

namespace SessionSdk;

/// <summary>
/// Checks a provider's options at start-up: the rules every provider shares (<see cref="SessionProviderOptionsValidation"/>,
/// the credential included), then the vendor's own (<see cref="ValidateVendor"/>). Each message names the option,
/// never a secret.
/// </summary>
/// <typeparam name="TOptions">The provider's options type.</typeparam>
internal abstract class SessionProviderOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : SessionProviderOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var failures = SessionProviderOptionsValidation.Validate(options, typeof(TOptions).Name, name);
        ValidateVendor(name, options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Adds what is wrong with the vendor's own options to <paramref name="failures"/>; nothing by default.</summary>
    protected virtual void ValidateVendor(string? name, TOptions options, List<string> failures)
    {
    }
}
