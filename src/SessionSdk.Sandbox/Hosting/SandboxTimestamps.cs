using System.Globalization;

namespace SessionSdk.Sandbox.Hosting;

/// <summary>Each vendor's own way of writing a timestamp.</summary>
internal static class SandboxTimestamps
{
    /// <summary>Java <c>Instant.toString()</c> (Kodexa): <c>2023-11-07T05:31:56Z</c>, with milliseconds only when there are any.</summary>
    public static string JavaInstant(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.Millisecond == 0 && utc.Ticks % TimeSpan.TicksPerSecond == 0
            ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The Raydocs docs' form: <c>2024-01-15T10:30:00Z</c> (whole seconds).</summary>
    public static string Seconds(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Python <c>datetime.isoformat()</c> of a UTC-aware value (midPilot): <c>2026-03-10T10:30:00.123456+00:00</c>, no fraction when it is zero.</summary>
    public static string PythonIso(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.Ticks % TimeSpan.TicksPerSecond < 10
            ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 3339 with milliseconds (Mobile Next): <c>2026-11-22T12:00:00.000Z</c>.</summary>
    public static string Rfc3339Millis(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses an RFC 3339 / ISO 8601 timestamp; a value without an offset is taken as UTC.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
