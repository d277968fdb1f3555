namespace SessionSdk.Providers.Kodexa;

/// <summary>Checks <see cref="KodexaOptions"/> at start-up; each message names the option.</summary>
internal sealed class KodexaOptionsValidator : SessionProviderOptionsValidator<KodexaOptions>
{
    protected override void ValidateVendor(string? name, KodexaOptions options, List<string> failures)
    {
        if (options.FirstPageNumber is not (0 or 1))
        {
            failures.Add($"{nameof(KodexaOptions)}.{nameof(KodexaOptions.FirstPageNumber)} must be 0 or 1 (got {options.FirstPageNumber}).");
        }
    }
}
