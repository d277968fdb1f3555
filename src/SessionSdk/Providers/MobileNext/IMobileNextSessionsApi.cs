using Refit;

namespace SessionSdk.Providers.MobileNext;

/// <summary>
/// Mobile Next's <c>/api/v1/sessions</c> resource (Refit, source-generated). List and get are documented; create,
/// allocate and release follow the vendor's own client (<c>mobilecli</c>). Resolve it from dependency injection after
/// <c>AddMobileNext(…)</c>, or with <c>client.GetService&lt;IMobileNextSessionsApi&gt;()</c>; its calls go through the
/// registration's credentials, <c>X-Organization-Id</c>, resilience and typed errors
/// (<see cref="SessionClientException"/> and subclasses).
/// </summary>
[Headers("Accept: application/json")]
public interface IMobileNextSessionsApi
{
    /// <summary>Lists sessions, newest first (<c>GET /api/v1/sessions</c>).</summary>
    /// <param name="limit">Sessions per page (the vendor's default 100, at most 500); <see langword="null"/> for the default.</param>
    /// <param name="before">
    /// Only sessions created strictly before this: an RFC 3339 timestamp, or a previous page's
    /// <see cref="MobileNextSessionList.NextCursor"/> passed back exactly as received.
    /// </param>
    /// <param name="organizationId">The organization to act on, overriding <see cref="MobileNextOptions.OrganizationId"/> for this call; <see langword="null"/> to keep it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; <see cref="MobileNextSessionList.NextCursor"/> is <see langword="null"/> on the last one.</returns>
    [Get("/api/v1/sessions")]
    Task<MobileNextSessionList> ListSessionsAsync(
        [AliasAs("limit")] int? limit = null,
        [AliasAs("before")] string? before = null,
        [Header("X-Organization-Id")] string? organizationId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads a session (<c>GET /api/v1/sessions/{sessionId}</c>).</summary>
    /// <param name="sessionId">The session id (a UUID). Validate untrusted ids first: <c>.</c> and <c>..</c> are not escaped by Refit.</param>
    /// <param name="organizationId">The organization to act on, overriding <see cref="MobileNextOptions.OrganizationId"/> for this call; <see langword="null"/> to keep it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    [Get("/api/v1/sessions/{sessionId}")]
    Task<MobileNextSession> GetSessionAsync(string sessionId, [Header("X-Organization-Id")] string? organizationId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an empty session, without a body (<c>POST /api/v1/sessions</c>); allocate devices to it next.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new session's id.</returns>
    [Post("/api/v1/sessions")]
    Task<MobileNextCreatedSession> CreateSessionAsync(CancellationToken cancellationToken = default);

    /// <summary>Asks for a device matching every filter (<c>POST /api/v1/sessions/{sessionId}/devices</c>).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="request">The filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The allocation; its state is <c>allocating</c> until the device is ready.</returns>
    [Post("/api/v1/sessions/{sessionId}/devices")]
    Task<MobileNextDeviceAllocation> AllocateDeviceAsync(string sessionId, [Body] MobileNextAllocateDeviceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gives a device back (<c>POST /api/v1/sessions/{sessionId}/devices/{deviceId}/release</c>, no body).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="deviceId">The device id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the vendor has accepted the release.</returns>
    [Post("/api/v1/sessions/{sessionId}/devices/{deviceId}/release")]
    Task ReleaseDeviceAsync(string sessionId, string deviceId, CancellationToken cancellationToken = default);
}
