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
    internal static string? DescribeInvalidOrganizationId(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "must not be empty or whitespace";
        }

        if (value.Trim() != value)
        {
            return "must not start or end with whitespace";
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return "must not contain control characters";
            }
        }

        return null;
    }
}
