using System.Collections.Concurrent;

namespace SessionSdk;

/// <summary>
/// What the SDK's handlers know about one request, attached once by the outermost handler
/// (<see cref="SessionRequestContextHandler"/>) as a single entry of <see cref="HttpRequestMessage.Options"/>: the
/// provider the request belongs to, when the call started (its time budget), and the credentials sent on it.
/// </summary>
internal sealed class SessionRequestContext
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>
    /// The request option a typed API may set (Refit's <c>[Property]</c>) to say which provider a call belongs to, where
    /// one internal interface serves two providers.
    /// </summary>
    public const string ProviderNameProperty = "SessionSdk.ProviderName";

    private static readonly HttpRequestOptionsKey<SessionRequestContext> Key = new("SessionSdk.RequestContext");

    /// <summary>Refit's option holding the interface method's name, used as the operation name.</summary>
    private static readonly HttpRequestOptionsKey<string> RefitMethodName = new(Refit.HttpRequestMessageOptions.MethodName);

    /// <summary>Operation names by Refit method name: one entry per interface method, so each name is built once.</summary>
    private static readonly ConcurrentDictionary<string, string> Operations = new(StringComparer.Ordinal);

    public SessionRequestContext(string providerName, long startedAt)
    {
        ProviderName = providerName;
        StartedAt = startedAt;
    }

    /// <summary>
    /// Gets the provider the request belongs to (for example <c>kodexa-agents</c> on the pipeline it shares with
    /// <c>kodexa</c>); every handler, log line and error reads it from here.
    /// </summary>
    public string ProviderName { get; }

    /// <summary>Gets when the logical operation started (a <see cref="TimeProvider"/> timestamp), so a retry or a rate-limit wait can tell how much of the total budget is left.</summary>
    public long StartedAt { get; }

    /// <summary>Gets the credentials sent on the request so far, so an error built from the vendor's answer can redact them.</summary>
    public CredentialRedactor? SentCredentials { get; private set; }

    /// <summary>Records a credential sent on an attempt (the attempts of one request run one after another).</summary>
    public void AddSentCredential(CredentialRedactor sent) =>
        SentCredentials = SentCredentials is { } earlier ? earlier.Including(sent) : sent;

    /// <summary>Attaches <paramref name="context"/> to <paramref name="request"/>.</summary>
    public static void Attach(HttpRequestMessage request, SessionRequestContext context) => request.Options.Set(Key, context);

    /// <summary>The context attached to <paramref name="request"/>, if the SDK's outermost handler saw it.</summary>
    public static SessionRequestContext? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var context) ? context : null;

    /// <summary>The provider the request belongs to, else <paramref name="fallback"/>.</summary>
    public static string GetProviderName(HttpRequestMessage? request, string fallback) => Of(request)?.ProviderName ?? fallback;

    /// <summary>The operation a request performs: the typed API's method name without <c>Async</c>, else the HTTP method.</summary>
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

    public static bool IsRetrySafe(HttpRequestMessage? request) =>
        request is not null
        && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Headers.Contains(IdempotencyKeyHeader));
}
