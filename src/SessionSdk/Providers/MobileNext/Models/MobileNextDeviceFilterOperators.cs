namespace SessionSdk.Providers.MobileNext;

/// <summary>The comparisons the vendor's client uses (<see cref="MobileNextDeviceFilter.Operator"/>). An open set: any other string is sent as given.</summary>
public static class MobileNextDeviceFilterOperators
{
    /// <summary><c>EQUALS</c>.</summary>
    public const string EqualTo = "EQUALS";

    /// <summary><c>GREATER_THAN</c>.</summary>
    public const string GreaterThan = "GREATER_THAN";

    /// <summary><c>GREATER_THAN_OR_EQUALS</c>.</summary>
    public const string GreaterThanOrEqualTo = "GREATER_THAN_OR_EQUALS";

    /// <summary><c>LESS_THAN</c>.</summary>
    public const string LessThan = "LESS_THAN";

    /// <summary><c>LESS_THAN_OR_EQUALS</c>.</summary>
    public const string LessThanOrEqualTo = "LESS_THAN_OR_EQUALS";

    /// <summary><c>STARTS_WITH</c>.</summary>
    public const string StartsWith = "STARTS_WITH";
}
