using System.Text.Json.Nodes;
using Refit;

namespace SessionSdk.Providers.MidPilot;

/// <summary>
/// midPilot's per-session documentation sub-resource (<c>/api/v1/session/{session_id}/documentation</c>; Refit,
/// source-generated), as the server's OpenAPI describes it. Resolve it from dependency injection after
/// <c>AddMidPilot(…)</c> or with <c>client.GetService&lt;IMidPilotDocumentationApi&gt;()</c>.
/// </summary>
[Headers("Accept: application/json")]
public interface IMidPilotDocumentationApi
{
    /// <summary>Lists a session's documentation, grouped by document (<c>GET …/documentation</c>).</summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The documents with their chunks.</returns>
    [Get("/api/v1/session/{sessionId}/documentation")]
    Task<List<MidPilotDocumentation>> ListDocumentationAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Reads one document with all its chunks (<c>GET …/documentation/{documentation_id}</c>).</summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="documentationId">The document id (<c>docId</c>, a UUID).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document.</returns>
    [Get("/api/v1/session/{sessionId}/documentation/{documentationId}")]
    Task<MidPilotDocumentation> GetDocumentationAsync(string sessionId, string documentationId, CancellationToken cancellationToken = default);

    /// <summary>Reads the status of the session's documentation-upload jobs (<c>GET …/documentation/status</c>; a free-form object).</summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status object as the server sent it.</returns>
    [Get("/api/v1/session/{sessionId}/documentation/status")]
    Task<JsonObject> GetDocumentationStatusAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads an OpenAPI/Swagger file (YAML or JSON) to be chunked and processed (<c>POST …/documentation</c>,
    /// multipart field <c>documentation</c>). Returns at once with the job id. Not retried: it is a POST.
    /// </summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="documentation">The file, for example <c>new StreamPart(stream, "openapi.yaml", "application/octet-stream")</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued job.</returns>
    [Multipart]
    [Post("/api/v1/session/{sessionId}/documentation")]
    Task<MidPilotJobCreated> UploadDocumentationAsync(string sessionId, [AliasAs("documentation")] StreamPart documentation, CancellationToken cancellationToken = default);

    /// <summary>Removes all documentation, scraped and uploaded, from a session (<c>DELETE …/documentation</c>).</summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"message", "sessionId", "deletedCount"}</c>.</returns>
    [Delete("/api/v1/session/{sessionId}/documentation")]
    Task<MidPilotDocumentationDeleted> DeleteAllDocumentationAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Removes every chunk of one document (<c>DELETE …/documentation/{documentation_id}</c>).</summary>
    /// <param name="sessionId">The session id (a UUID).</param>
    /// <param name="documentationId">The document id (<c>docId</c>, a UUID).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's acknowledgement.</returns>
    [Delete("/api/v1/session/{sessionId}/documentation/{documentationId}")]
    Task<MidPilotDocumentationDeleted> DeleteDocumentationAsync(string sessionId, string documentationId, CancellationToken cancellationToken = default);
}
