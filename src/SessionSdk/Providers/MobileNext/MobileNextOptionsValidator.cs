using Microsoft.Extensions.Options;

namespace SessionSdk.Providers.MobileNext;

/// <summary>Checks <see cref="MobileNextOptions"/> at start-up; each message names the option.</summary>
internal sealed class MobileNextOptionsValidator : IValidateOptions<MobileNextOptions>
{
    public ValidateOptionsResult Validate(string? name, MobileNextOptions options)
    {
        var failures = SessionProviderOptionsValidation.Validate(options, nameof(MobileNextOptions), name);

        if (options.OrganizationId is { } organization && DescribeInvalidOrganizationId(organization) is { } problem)
        {
            failures.Add($"{nameof(MobileNextOptions)}.{nameof(MobileNextOptions.OrganizationId)} {problem}; leave it unset to use the key's organization.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Says what is wrong with an <c>X-Organization-Id</c> value, or returns <see langword="null"/> when it can be sent.</summary>
    internal static string? DescribeInvalidOrganizationId(string value) => HeaderValueRules.Problem(value);
}
