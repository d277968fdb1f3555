using System.Globalization;
using System.Net;

namespace SessionSdk;

/// <summary>
/// The <c>error.type</c> of a failed operation, per the OpenTelemetry conventions: the HTTP status code when the vendor
/// answered with an error status, else the exception's full type name. Low-cardinality, and never a message.
/// </summary>
internal static class SessionErrorType
{
    public static string Of(Exception exception) =>
        StatusOf(exception) is { } status && (int)status >= 400
            ? ((int)status).ToString(CultureInfo.InvariantCulture)
            : exception.GetType().FullName ?? exception.GetType().Name;

    public static HttpStatusCode? StatusOf(Exception exception) => (exception as SessionClientException)?.StatusCode;
}
