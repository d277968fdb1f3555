using Refit;

namespace SessionSdk.Providers.Raydocs;

/// <summary>The extraction results of Raydocs sessions (Refit, source-generated).</summary>
[Headers("Accept: application/json")]
public interface IRaydocsResultsApi
{
    /// <summary>Lists a session's results (<c>GET /extractions/sessions/{sessionId}/results</c>); reads both <c>{"data": [...]}</c> and a bare array.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The results.</returns>
    [Get("/extractions/sessions/{sessionId}/results")]
    Task<RaydocsResultList> ListResultsAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Reads one result with its <c>data</c> and <c>audit_data</c> (<c>GET /extractions/results/{resultId}</c>).</summary>
    /// <param name="resultId">The result id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    [Get("/extractions/results/{resultId}")]
    Task<RaydocsResult> GetResultAsync(string resultId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs an extraction over the session's documents (201). The vendor's page did not show the path; the SDK posts
    /// to <c>/extractions/sessions/{sessionId}/results</c>. While documents are still parsing the vendor answers 201
    /// with a deferred result; with no documents, or none ready, it fails with <see cref="SessionValidationException"/> (422).
    /// </summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new result; poll <see cref="GetResultAsync"/> until its status is <c>completed</c> or <c>failed</c>.</returns>
    [Post("/extractions/sessions/{sessionId}/results")]
    Task<RaydocsResult> RunExtractionAsync(string sessionId, CancellationToken cancellationToken = default);
}
