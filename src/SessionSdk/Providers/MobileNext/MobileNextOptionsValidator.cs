namespace SessionSdk.Providers.MobileNext;

/// <summary>Checks <see cref="MobileNextOptions"/> at start-up; each message names the option.</summary>
internal sealed class MobileNextOptionsValidator : SessionProviderOptionsValidator<MobileNextOptions>
{
    /// <summary>Says what is wrong with an <c>X-Organization-Id</c> value, or returns <see langword="null"/> when it can be sent.</summary>
    internal static string? DescribeInvalidOrganizationId(string value) => HeaderValueRules.Problem(value);

    protected override void ValidateVendor(string? name, MobileNextOptions options, List<string> failures)
    {
        if (options.OrganizationId is { } organization && DescribeInvalidOrganizationId(organization) is { } problem)
        {
            failures.Add($"{nameof(MobileNextOptions)}.{nameof(MobileNextOptions.OrganizationId)} {problem}; leave it unset to use the key's organization.");
        }
    }
}
