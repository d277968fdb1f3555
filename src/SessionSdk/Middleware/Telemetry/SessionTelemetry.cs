using System.Diagnostics;

namespace SessionSdk;

/// <summary>
/// The names the SDK's telemetry is published under: one <see cref="ActivitySource"/> and one meter, both
/// <c>SessionSdk</c>, and the attribute names its spans and measurements carry.
/// </summary>
internal static class SessionTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> and meter name: <c>AddSource("SessionSdk")</c>, <c>AddMeter("SessionSdk")</c>.</summary>
    public const string Name = "SessionSdk";

    public const string OperationDuration = "sessionsdk.client.operation.duration";
    public const string SessionsRead = "sessionsdk.client.sessions.read";

    public const string ProviderAttribute = "sessionsdk.provider";
    public const string OperationAttribute = "sessionsdk.operation";
    public const string SessionIdAttribute = "sessionsdk.session.id";
    public const string PageSizeAttribute = "sessionsdk.page.size";
    public const string ItemCountAttribute = "sessionsdk.page.item_count";
    public const string RetryCountAttribute = "sessionsdk.retry.count";
    public const string ErrorTypeAttribute = "error.type";
    public const string ServerAddressAttribute = "server.address";
    public const string ServerPortAttribute = "server.port";

    /// <summary>The SDK's one activity source; spans start only when a listener (the OpenTelemetry SDK) asked for it.</summary>
    public static readonly ActivitySource Source = new(Name, typeof(SessionTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>
    /// Counts a retry on the SDK's operation span, when that span is the current one (the HTTP attempt spans never are
    /// between attempts). Called by the resilience pipeline; does nothing when no one listens.
    /// </summary>
    public static void RecordRetry()
    {
        if (Activity.Current is { IsAllDataRequested: true } activity && ReferenceEquals(activity.Source, Source))
        {
            var retries = activity.GetTagItem(RetryCountAttribute) is int count ? count + 1 : 1;
            activity.SetTag(RetryCountAttribute, retries);
        }
    }
}
