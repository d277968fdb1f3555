using Microsoft.Extensions.Options;

namespace SessionSdk;

/// <summary>Checks <see cref="SessionCacheOptions"/> at start-up; each message names the option.</summary>
internal sealed class SessionCacheOptionsValidator : IValidateOptions<SessionCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, SessionCacheOptions options)
    {
        var failures = new List<string>();
        if (options.Expiration <= TimeSpan.Zero || options.Expiration > TimeSpan.FromDays(1))
        {
            failures.Add($"SessionCacheOptions.Expiration must be between 0 and 1 day (got {options.Expiration}).");
        }

        if (options.LocalCacheExpiration <= TimeSpan.Zero)
        {
            failures.Add($"SessionCacheOptions.LocalCacheExpiration must be positive (got {options.LocalCacheExpiration}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
