using Refit;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// Raydocs extraction sessions (<c>/extractions/sessions</c>), exactly as the vendor documents them (Refit,
/// source-generated). Resolve it from dependency injection after <c>AddRaydocs(…)</c>; its calls go through the
/// registration's token, resilience and typed errors (<see cref="SessionClientException"/> and subclasses).
/// The vendor documents no list and no update of sessions.
/// </summary>
[Headers("Accept: application/json")]
public interface IRaydocsExtractionSessionsApi
{
    /// <summary>Reads a session with its documents and results (<c>GET /extractions/sessions/{sessionId}</c>; ability <c>sessions-read</c>).</summary>
    /// <param name="sessionId">The session id. Validate untrusted ids first: <c>.</c> and <c>..</c> are not escaped by Refit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    [Get("/extractions/sessions/{sessionId}")]
    Task<RaydocsExtractionSession> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Creates a session (<c>POST /extractions/sessions</c>, 201; ability <c>sessions-write</c>).</summary>
    /// <param name="request">The template id (required) and optional name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new session, with empty <c>documents</c> and <c>results</c>.</returns>
    [Post("/extractions/sessions")]
    Task<RaydocsExtractionSession> CreateSessionAsync([Body] RaydocsCreateSessionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a session with its documents and results, irreversibly (<c>DELETE /extractions/sessions/{sessionId}</c>, 204).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the session is deleted.</returns>
    [Delete("/extractions/sessions/{sessionId}")]
    Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default);
}
