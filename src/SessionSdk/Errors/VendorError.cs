namespace SessionSdk;

/// <summary>What a vendor's error body said, whatever its shape.</summary>
internal sealed record VendorError(string? Code, string? Message, IReadOnlyList<SessionFieldError> FieldErrors, string? IncidentId)
{
    public static VendorError Empty { get; } = new(null, null, [], null);
}
