using Refit;

namespace SessionSdk.Providers.MidPilot;

/// <summary>
/// midPilot Connector Generator's <c>/api/v1/session</c> resource, as the server exposes it (Refit, source-generated).
/// Resolve it from dependency injection after <c>AddMidPilot(…)</c>, or from the session client with
/// <c>client.GetService&lt;IMidPilotSessionsApi&gt;()</c>; its calls go through the registration's resilience and
/// typed errors (<see cref="SessionClientException"/> and subclasses). The server wants UUIDs: any other id is
/// answered 422 (<see cref="SessionValidationException"/> naming <c>path.session_id</c>).
/// </summary>
[Headers("Accept: application/json")]
public interface IMidPilotSessionsApi
{
    /// <summary>Creates a session with a server-chosen id (<c>POST /api/v1/session</c>, no body; 201).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"sessionId", "message"}</c>.</returns>
    [Post("/api/v1/session")]
    Task<MidPilotSessionMessage> CreateSessionAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a session with a client-chosen UUID (<c>POST /api/v1/session/{session_id}</c>, no body; 201, or 409 when it exists).</summary>
    /// <param name="sessionId">The new session's id, a UUID. Validate untrusted ids first: <c>.</c> and <c>..</c> are not escaped by Refit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"sessionId", "message"}</c>.</returns>
    /// <exception cref="SessionConflictException">A session with that id exists.</exception>
    [Post("/api/v1/session/{sessionId}")]
    Task<MidPilotSessionMessage> CreateSessionWithIdAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Reads a session (<c>GET /api/v1/session/{session_id}</c>): with <c>data</c> on older servers, a summary without it on newer ones.</summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    /// <exception cref="SessionNotFoundException">No such session.</exception>
    [Get("/api/v1/session/{sessionId}")]
    Task<MidPilotSession> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Checks that a session exists (<c>HEAD /api/v1/session/{session_id}</c>; 204 when it does).</summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the session exists.</returns>
    /// <exception cref="SessionNotFoundException">No such session (404). <c>MidPilotSessionClientExtensions.SessionExistsAsync</c> turns it into <see langword="false"/>.</exception>
    [Head("/api/v1/session/{sessionId}")]
    Task SessionExistsAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Merges keys into a session's data (<c>PATCH /api/v1/session/{session_id}</c>, body <c>{"data": {…}}</c>).
    /// Only servers before April 2026 have this route; newer ones answer 405 (or 404).
    /// </summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="update">The keys to write; top-level keys replace the session's keys of the same name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"message", "sessionId"}</c>.</returns>
    [Patch("/api/v1/session/{sessionId}")]
    Task<MidPilotSessionMessage> UpdateSessionAsync(string sessionId, [Body] MidPilotSessionUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Deletes a session and everything stored with it (<c>DELETE /api/v1/session/{session_id}</c>; 200 with a body, not 204).</summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"message", "sessionId"}</c>, or <see langword="null"/> if the server sent no body.</returns>
    /// <exception cref="SessionNotFoundException">No such session.</exception>
    [Delete("/api/v1/session/{sessionId}")]
    Task<MidPilotSessionMessage?> DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Lists a session's jobs and their status (<c>GET /api/v1/session/{session_id}/jobs</c>).</summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"sessionId", "jobs": […]}</c>.</returns>
    [Get("/api/v1/session/{sessionId}/jobs")]
    Task<MidPilotSessionJobs> ListJobsAsync(string sessionId, CancellationToken cancellationToken = default);
}
