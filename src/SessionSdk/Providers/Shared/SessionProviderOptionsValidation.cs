namespace SessionSdk;

/// <summary>The checks every provider's options share; each message names the option it is about.</summary>
internal static class SessionProviderOptionsValidation
{
    public static List<string> Validate(SessionProviderOptions options, string optionsTypeName, string? registrationName)
    {
        var failures = new List<string>();
        if (BaseAddressRules.Validate(options.BaseAddress, options.AllowInsecurePrivateNetwork, $"{optionsTypeName}.BaseAddress") is { } address)
        {
            failures.Add(address);
        }

        Positive(options.AttemptTimeout, nameof(options.AttemptTimeout));
        Positive(options.TotalTimeout, nameof(options.TotalTimeout));
        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{optionsTypeName}.MaxRetries must be between 0 and 10 (got {options.MaxRetries}).");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add($"{optionsTypeName}.RetryBaseDelay must not be negative.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add($"{optionsTypeName}.MaxRetryAfter must not be negative.");
        }

        if (options.MaxResponseBytes < 1024)
        {
            failures.Add($"{optionsTypeName}.MaxResponseBytes must be at least 1024 (got {options.MaxResponseBytes}).");
        }

        if (options.MaxConnectionsPerServer < 1)
        {
            failures.Add($"{optionsTypeName}.MaxConnectionsPerServer must be at least 1 (got {options.MaxConnectionsPerServer}).");
        }

        if (options.MaxErrorBodyChars < 0)
        {
            failures.Add($"{optionsTypeName}.MaxErrorBodyChars must not be negative.");
        }

        if (options.CircuitBreakerFailureRatio is <= 0 or > 1)
        {
            failures.Add($"{optionsTypeName}.CircuitBreakerFailureRatio must be in (0, 1].");
        }

        if (options.CircuitBreakerMinimumThroughput < 2)
        {
            failures.Add($"{optionsTypeName}.CircuitBreakerMinimumThroughput must be at least 2.");
        }

        if (options.CircuitBreakerSamplingDuration < TimeSpan.FromMilliseconds(500) || options.CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add($"{optionsTypeName}.CircuitBreakerSamplingDuration and CircuitBreakerBreakDuration must be at least 0.5 s.");
        }

        if (options.RateLimit is { } limit && (limit.PermitLimit < 0 || (limit.PermitLimit > 0 && (limit.Window < TimeSpan.FromMilliseconds(1) || limit.Window > TimeSpan.FromDays(1)))))
        {
            failures.Add($"{optionsTypeName}.RateLimit needs a PermitLimit of 0 (off) or more, and a Window between 1 ms and 1 day (got {limit.PermitLimit} per {limit.Window}).");
        }

        options.GetCredential()?.Validate(failures, registrationName);
        return failures;

        void Positive(TimeSpan value, string name)
        {
            if (value <= TimeSpan.Zero || value > TimeSpan.FromHours(1))
            {
                failures.Add($"{optionsTypeName}.{name} must be between 0 and 1 hour (got {value}).");
            }
        }
    }
}
