using Microsoft.Extensions.Options;

namespace SessionSdk;

/// <summary>Checks <see cref="CompositeSessionClientOptions"/>; each message names the option.</summary>
internal sealed class CompositeSessionClientOptionsValidator : IValidateOptions<CompositeSessionClientOptions>
{
    public ValidateOptionsResult Validate(string? name, CompositeSessionClientOptions options)
    {
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static List<string> Check(CompositeSessionClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Prefix = nameof(CompositeSessionClientOptions) + ".";
        var failures = new List<string>();
        if (options.MaxConcurrency is < 1 or > CompositeSessionClientOptions.MaxConcurrencyLimit)
        {
            failures.Add($"{Prefix}{nameof(options.MaxConcurrency)} must be between 1 and {CompositeSessionClientOptions.MaxConcurrencyLimit} (got {options.MaxConcurrency}).");
        }

        if (options.DefaultPageSize is < 1 or > CompositeSessionClientOptions.MaxPageSize)
        {
            failures.Add($"{Prefix}{nameof(options.DefaultPageSize)} must be between 1 and {CompositeSessionClientOptions.MaxPageSize} (got {options.DefaultPageSize}).");
        }

        if (options.ProviderPageSize is < 1 or > CompositeSessionClientOptions.MaxPageSize)
        {
            failures.Add($"{Prefix}{nameof(options.ProviderPageSize)} must be null or between 1 and {CompositeSessionClientOptions.MaxPageSize} (got {options.ProviderPageSize}).");
        }

        return failures;
    }
}
