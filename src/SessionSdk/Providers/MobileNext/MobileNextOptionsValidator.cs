using Microsoft.Extensions.Options;

namespace SessionSdk.Providers.MobileNext;

/// <summary>Checks <see cref="MobileNextOptions"/> at start-up; each message names the option.</summary>
internal sealed class MobileNextOptionsValidator : IValidateOptions<MobileNextOptions>
{
    public ValidateOptionsResult Validate(string? name, MobileNextOptions options)
    {
        var failures = SessionProviderOptionsValidation.Validate(options, nameof(MobileNextOptions));
        if (options.ApiKeyProvider is null && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{nameof(MobileNextOptions)}.{nameof(MobileNextOptions.ApiKey)} is required (or set {nameof(MobileNextOptions.ApiKeyProvider)}) for Mobile Next registration '{name}'.");
        }
        else if (options.ApiKeyProvider is null && HeaderValueRules.Problem(options.ApiKey!) is { } keyProblem)
        {
            failures.Add($"{nameof(MobileNextOptions)}.{nameof(MobileNextOptions.ApiKey)} {keyProblem} (Mobile Next registration '{name}').");
        }

        if (options.OrganizationId is { } organization && DescribeInvalidOrganizationId(organization) is { } problem)
        {
            failures.Add($"{nameof(MobileNextOptions)}.{nameof(MobileNextOptions.OrganizationId)} {problem}; leave it unset to use the key's organization.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Says what is wrong with an <c>X-Organization-Id</c> value, or returns <see langword="null"/> when it can be sent.</summary>
    internal static string? DescribeInvalidOrganizationId(string value) => HeaderValueRules.Problem(value);
}
