using System.Collections.Concurrent;

namespace SessionSdk;

/// <summary>Values the SDK's handlers share through <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class SessionRequestContext
{
    /// <summary>When the logical operation started (a <see cref="TimeProvider"/> timestamp), so a retry can tell how much budget is left.</summary>
    public static readonly HttpRequestOptionsKey<long> StartedAt = new("SessionSdk.StartedAt");

    /// <summary>How many retries the registration allows, so a handler added by the app (the integration tests' chaos handler) can tell.</summary>
    public static readonly HttpRequestOptionsKey<int> MaxRetries = new("SessionSdk.MaxRetries");

    /// <summary>
    /// The provider a request belongs to (for example <c>kodexa-agents</c> on the pipeline it shares with <c>kodexa</c>),
    /// decided once by the outermost handler; every handler, log line and error reads it from here.
    /// </summary>
    public static readonly HttpRequestOptionsKey<string> ProviderName = new("SessionSdk.ProviderName");

    /// <summary>The credentials sent on the request, so an error built from the vendor's answer can redact them.</summary>
    public static readonly HttpRequestOptionsKey<CredentialRedactor> SentCredentials = new("SessionSdk.SentCredentials");

    /// <summary>Refit's option holding the interface method's name, used as the operation name.</summary>
    private static readonly HttpRequestOptionsKey<string> RefitMethodName = new(Refit.HttpRequestMessageOptions.MethodName);

    /// <summary>Operation names by Refit method name: one entry per interface method, so each name is built once.</summary>
    private static readonly ConcurrentDictionary<string, string> Operations = new(StringComparer.Ordinal);

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static string GetOperation(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return "request";
        }

        if (request.Options.TryGetValue(RefitMethodName, out var name) && !string.IsNullOrEmpty(name))
        {
            return Operations.GetOrAdd(name, static n => n.EndsWith("Async", StringComparison.Ordinal) ? n[..^5] : n);
        }

        return request.Method.Method;
    }

    /// <summary>
    /// Sets an option from a value boxed once, where the caller can (a number fixed per registration): the typed
    /// <see cref="HttpRequestOptions.Set{TValue}"/> boxes on every call.
    /// </summary>
    public static void SetBoxed<T>(HttpRequestMessage request, HttpRequestOptionsKey<T> key, object boxed) =>
        ((IDictionary<string, object?>)request.Options)[key.Key] = boxed;

    /// <summary>The provider the request belongs to, as decided by the outermost handler, else <paramref name="fallback"/>.</summary>
    public static string GetProviderName(HttpRequestMessage? request, string fallback) =>
        request is not null && request.Options.TryGetValue(ProviderName, out var name) ? name : fallback;

    /// <summary>The redactor for the credentials sent on the request (created on first use).</summary>
    public static CredentialRedactor GetSentCredentials(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(SentCredentials, out var redactor))
        {
            redactor = new CredentialRedactor();
            request.Options.Set(SentCredentials, redactor);
        }

        return redactor;
    }

    public static bool IsRetrySafe(HttpRequestMessage? request) =>
        request is not null
        && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Headers.Contains(IdempotencyKeyHeader));
}
