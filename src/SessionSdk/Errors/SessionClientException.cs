using System.Net;

namespace SessionSdk;

/// <summary>
/// A session operation failed. The root of the SDK's exception family: catch it to handle every vendor and
/// transport failure in one place, or catch a subclass to branch on a kind of failure.
/// </summary>
/// <remarks>
/// No member carries a request, a header value or a credential; response text is capped
/// (<see cref="ResponseBody"/>). The caller's own cancellation is never wrapped in this type: it surfaces as
/// <see cref="OperationCanceledException"/>.
/// </remarks>
public class SessionClientException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SessionClientException()
        : this("A session operation failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public SessionClientException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SessionClientException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message, a cause and everything else it carries.</summary>
    internal SessionClientException(string message, Exception? innerException, SessionFailure failure)
        : base(message, innerException)
    {
        ProviderName = failure.ProviderName;
        Operation = failure.Operation;
        StatusCode = failure.StatusCode;
        ErrorCode = failure.ErrorCode;
        VendorMessage = failure.VendorMessage;
        RequestId = failure.RequestId;
        IsTransient = failure.IsTransient;
        RetryAfter = failure.RetryAfter;
        ResponseBody = failure.ResponseBody;
    }

    /// <summary>Gets the registration name of the provider, for example <c>kodexa</c>.</summary>
    public string? ProviderName { get; init; }

    /// <summary>Gets the operation that failed, for example <c>GetSession</c>.</summary>
    public string? Operation { get; init; }

    /// <summary>Gets the HTTP status code, or <see langword="null"/> when no response was received.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>Gets the vendor's error code (for example Mobile Next <c>error.code</c>, or a validation <c>type</c>), when it sent one.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the vendor's own error message, when it sent one (capped in length).</summary>
    public string? VendorMessage { get; init; }

    /// <summary>Gets the vendor's request or incident id, for support tickets, when it sent one.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets whether trying again later may succeed (timeouts, 408, 429, 5xx, transport errors, an open circuit).</summary>
    public bool IsTransient { get; init; }

    /// <summary>Gets how long the vendor asked the caller to wait before trying again, when it said so.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets the start of the response body, capped (4 KB by default), or <see langword="null"/>.</summary>
    public string? ResponseBody { get; init; }
}
