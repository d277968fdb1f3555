using System.Net;

namespace SessionSdk;

/// <summary>
/// What a <see cref="SessionClientException"/> carries besides its message, gathered once so that
/// <see cref="SessionExceptionFactory"/> hands it to every exception type the same way.
/// </summary>
internal readonly record struct SessionFailure(
    string? ProviderName,
    string? Operation,
    HttpStatusCode? StatusCode,
    string? ErrorCode,
    string? VendorMessage,
    string? RequestId,
    bool IsTransient,
    TimeSpan? RetryAfter,
    string? ResponseBody)
{
    /// <summary>The details an existing exception carries, for one that rewrites its message.</summary>
    public static SessionFailure Of(SessionClientException e) =>
        new(e.ProviderName, e.Operation, e.StatusCode, e.ErrorCode, e.VendorMessage, e.RequestId, e.IsTransient, e.RetryAfter, e.ResponseBody);
}
