using System.Net;

namespace SessionSdk;

/// <summary>Builds the typed exception for a failed call, so every provider reports failures the same way.</summary>
internal static class SessionExceptionFactory
{
    public static bool IsTransientStatus(HttpStatusCode status) => (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    public static SessionClientException FromResponse(
        string providerName,
        string operation,
        HttpStatusCode status,
        VendorError error,
        string? body,
        string? requestId,
        TimeSpan? retryAfter)
    {
        var code = (int)status;
        var message = $"{providerName} {operation} failed with HTTP {code} ({status})"
            + (error.Message is null ? "." : ": " + error.Message);
        var transient = IsTransientStatus(status);
        requestId ??= error.IncidentId;

        var failure = new SessionFailure(providerName, operation, status, error.Code, error.Message, requestId, transient, retryAfter, body);
        return code switch
        {
            404 when !UnservedRoute.IsRouteNotFound(error) => new SessionNotFoundException(message, null, failure),
            401 or 403 => new SessionAuthenticationException(message, null, failure),
            429 => new SessionRateLimitedException(message, null, failure),
            409 => new SessionConflictException(message, null, failure),
            400 or 422 => new SessionValidationException(message, null, failure) { FieldErrors = error.FieldErrors },
            _ => new SessionClientException(message, null, failure),
        };
    }

    /// <summary>
    /// midPilot's 422 for a malformed session id, reworded to say which id was refused (the server names the field,
    /// not the value); everything else the error carries is kept.
    /// </summary>
    public static SessionValidationException InvalidSessionId(SessionValidationException error, string sessionId, string vendor, string example) =>
        new(
            $"{error.ProviderName} {error.Operation} failed with HTTP {(int?)error.StatusCode}: '{sessionId}' is not a valid {vendor} session id (the server accepts only UUIDs, "
            + $"for example {example}){(error.VendorMessage is { } message ? " — " + message : ".")}",
            error,
            SessionFailure.Of(error))
        {
            FieldErrors = error.FieldErrors,
        };

    /// <summary>An update refused before it was sent: the session is not at the version the caller expected.</summary>
    public static SessionConflictException VersionMismatch(string providerName, string operation, string? version, string expected) =>
        new($"{providerName} {operation} was not sent: the session is at version {version ?? "(none)"}, not the expected {expected}.")
        {
            ProviderName = providerName,
            Operation = operation,
            ErrorCode = "version_mismatch",
        };

    /// <summary>Every provider a composite call still had to read failed; the inner <see cref="AggregateException"/> holds each failure.</summary>
    public static SessionClientException AllProvidersFailed(string providerName, string operation, IReadOnlyList<SessionProviderError> errors) =>
        new($"Every provider still to be listed failed: {string.Join("; ", errors)}", new AggregateException(errors.Select(e => e.Exception)))
        {
            ProviderName = providerName,
            Operation = operation,
            IsTransient = errors.All(e => e.Exception.IsTransient),
        };

    /// <summary>A mapped session without its id: an unreadable response, not a crash.</summary>
    public static SessionResponseException MissingId(string providerName, string? operation, string field) =>
        new(operation is null
            ? $"{providerName} returned a session without {(field == "id" ? "an id" : "a " + field)}."
            : $"{providerName} {operation} returned no {field}.")
        {
            ProviderName = providerName,
            Operation = operation,
        };

    /// <summary>A response error raised by a pure mapper, given the operation it served.</summary>
    public static SessionResponseException InOperation(SessionResponseException e, string providerName, string operation) =>
        new(e.Message) { ProviderName = providerName, Operation = operation, StatusCode = e.StatusCode };

    /// <summary>A real transport failure (socket, IO, HTTP protocol); the cause is kept as the inner exception.</summary>
    public static SessionClientException Transport(string providerName, string operation, Exception cause) =>
        new($"{providerName} {operation} failed: the vendor could not be reached or the connection broke ({Describe(cause)}).", cause)
        {
            ProviderName = providerName,
            Operation = operation,
            IsTransient = true,
        };

    /// <summary>No credential could be had for the call, so nothing was sent; <paramref name="cause"/> is the callback's own exception, if any.</summary>
    public static SessionAuthenticationException NoUsableCredential(string providerName, string operation, string reason, Exception? cause) =>
        new($"{providerName} {operation} was not sent: no usable credential ({reason.TrimEnd('.')}).", cause)
        {
            ProviderName = providerName,
            Operation = operation,
        };

    public static SessionRateLimitedException ClientRateLimited(string? providerName, string operation, SessionRateLimitOptions limit, TimeSpan retryAfter) =>
        new($"{providerName ?? "The provider"}: the client-side rate limit ({limit.PermitLimit} requests per {limit.Window}) is used up; nothing was sent. Try again in about {retryAfter}.")
        {
            ProviderName = providerName,
            Operation = operation,
            IsTransient = true,
            RetryAfter = retryAfter,
        };

    public static SessionTimeoutException Timeout(string providerName, string operation) =>
        new($"{providerName} {operation} timed out.")
        {
            ProviderName = providerName,
            Operation = operation,
            IsTransient = true,
        };

    /// <summary>A wait ran past its own timeout; <paramref name="lastError"/> is a tolerated transient failure seen on the way, if any.</summary>
    public static SessionTimeoutException WaitTimeout(string providerName, string operation, TimeSpan timeout, object? lastState, Exception? lastError) =>
        new($"{providerName} {operation} did not finish within {timeout}" + (lastState is null ? "; no state was read." : $"; the last state read was {lastState}."), lastError)
        {
            ProviderName = providerName,
            Operation = operation,
            IsTransient = true,
            LastState = lastState,
        };

    public static SessionCircuitOpenException CircuitOpen(string providerName, string operation, TimeSpan? retryAfter) =>
        new($"{providerName} {operation} was not sent: too many recent calls failed, so calls fail fast for a while.")
        {
            ProviderName = providerName,
            Operation = operation,
            IsTransient = true,
            RetryAfter = retryAfter,
        };

    public static SessionResponseException UnreadableResponse(string providerName, string operation, HttpStatusCode? status, string reason) =>
        new($"{providerName} {operation} returned a response that could not be read: {reason}.")
        {
            ProviderName = providerName,
            Operation = operation,
            StatusCode = status,
        };

    /// <summary>An operation the provider does not offer, refused before any request, in one wording for every provider.</summary>
    public static NotSupportedException NotSupported(SessionClientMetadata metadata, SessionCapabilities capability, string? why = null) =>
        new($"Provider '{metadata.ProviderName}' ({metadata.Kind}) does not support {capability}: {why ?? "the vendor documents no such operation"}. Check Metadata.Capabilities before calling.");

    /// <summary>A caller asked for a provider name that is not registered; the message lists the registered ones.</summary>
    public static ArgumentException UnknownProvider(string providerName, IReadOnlyList<string> names, string parameterName) =>
        new($"No session provider is registered as '{providerName}'. Registered: {SessionProviderNames.List(names)}.", parameterName);

    /// <summary>A vendor-specific extension was called on a client of another vendor (or another kind of the same vendor).</summary>
    public static ArgumentException NotAVendorClient(SessionClientMetadata metadata, string vendorClient, string registeredBy) =>
        new($"Session client '{metadata.ProviderName}' ({metadata.Kind}) is not a {vendorClient} client; resolve the one registered by {registeredBy}.", "client");

    /// <summary>A request member the vendor does not take, refused before any request, in one wording for every provider.</summary>
    public static ArgumentException MemberNotTaken(string vendor, string member, string why, string parameterName) =>
        new($"{vendor} does not take {member}: {why}.", parameterName);

    private static string Describe(Exception cause) =>
        cause is HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http
            ? http.HttpRequestError.ToString()
            : cause.GetType().Name;
}
