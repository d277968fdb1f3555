using Refit;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// Kodexa's legacy session sub-resources — executions, their logs, content objects, status and events — as the 2022
/// API and the Python SDK use them (Refit, source-generated). Resolve it from dependency injection after
/// <c>AddKodexa(…)</c> (keyed by the registration name) or with <c>client.GetService&lt;IKodexaSessionExecutionsApi&gt;()</c>
/// on the <c>kodexa</c> client; its calls go through the registration's credentials, resilience and typed errors
/// (<see cref="SessionClientException"/> and subclasses; an unknown session or execution is a
/// <see cref="SessionNotFoundException"/>). POSTs and PUTs are never retried. Validate untrusted ids first, as the
/// session client does (not empty or whitespace, not <c>.</c> or <c>..</c>, no control characters or surrounding
/// whitespace): <c>.</c> and <c>..</c> are not escaped by Refit.
/// </summary>
[Headers("Accept: application/json")]
public interface IKodexaSessionExecutionsApi
{
    /// <summary>
    /// Starts an execution of the session's pipeline or service on a document (<c>POST /api/sessions/{id}/execute</c>,
    /// <c>multipart/form-data</c>). The Python SDK sends either one <c>document</c> part (the KDDB document), or a
    /// <c>file</c> part (the source file) with a <c>file_document</c> part (the KDDB document).
    /// </summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="options">The options as JSON text (part <c>options</c>), for example <c>{}</c>; <see langword="null"/> leaves the part out.</param>
    /// <param name="documentMetadataJson">The document's metadata as JSON text (part <c>document_metadata_json</c>); <see langword="null"/> leaves the part out.</param>
    /// <param name="context">The pipeline context as JSON text (part <c>context</c>); <see langword="null"/> leaves the part out.</param>
    /// <param name="files">
    /// The file parts. Each is sent under its own <see cref="MultipartItem.Name"/>, for example
    /// <c>new StreamPart(stream, "invoice.kddb", "application/octet-stream", "document")</c>; a part without a name is sent as <c>document</c>.
    /// </param>
    /// <param name="documentVersion">The document's version (query <c>documentVersion</c>), or <see langword="null"/>.</param>
    /// <param name="pipeline">The pipeline slug the session was created for (query <c>pipeline</c>, sent by the Python SDK), or <see langword="null"/>.</param>
    /// <param name="service">The service reference the session was created for (query <c>service</c>, sent by the Python SDK), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new execution, usually <c>PENDING</c>; poll <see cref="GetExecutionAsync"/> until it is no longer <c>PENDING</c> or <c>RUNNING</c>.</returns>
    [Multipart]
    [Post("/api/sessions/{sessionId}/execute")]
    Task<KodexaExecution> ExecuteAsync(
        string sessionId,
        [AliasAs("options")] string? options,
        [AliasAs("document_metadata_json")] string? documentMetadataJson,
        [AliasAs("context")] string? context,
        [AliasAs("document")] IEnumerable<StreamPart> files,
        [Query][AliasAs("documentVersion")] string? documentVersion = null,
        [Query][AliasAs("pipeline")] string? pipeline = null,
        [Query][AliasAs("service")] string? service = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists a session's executions (<c>GET /api/sessions/{id}/executions</c>), one Spring page at a time.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="page">The page index; the docs disagree on whether the first is 0 or 1, so <see langword="null"/> (the server's default) is safest for the first page.</param>
    /// <param name="pageSize">Items per page; <see langword="null"/> for the server's default.</param>
    /// <param name="sort"><c>field,direction</c> pairs, for example <c>createdOn,desc</c>; repeatable.</param>
    /// <param name="filter">A filter expression, sent as given.</param>
    /// <param name="query">A simple text query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; decide "more pages" from <see cref="KodexaPage{T}.Last"/>.</returns>
    [Get("/api/sessions/{sessionId}/executions")]
    Task<KodexaPage<KodexaExecution>> ListExecutionsAsync(
        string sessionId,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        [Query(CollectionFormat.Multi)][AliasAs("sort")] IEnumerable<string>? sort = null,
        [AliasAs("filter")] string? filter = null,
        [AliasAs("query")] string? query = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads one execution of a session (<c>GET /api/sessions/{id}/executions/{executionId}</c>).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="executionId">The execution id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The execution.</returns>
    [Get("/api/sessions/{sessionId}/executions/{executionId}")]
    Task<KodexaExecution> GetExecutionAsync(string sessionId, string executionId, CancellationToken cancellationToken = default);

    /// <summary>Reads an execution's log (<c>GET /api/sessions/{id}/executions/{executionId}/logs</c>; the server sends a set, order not promised).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="executionId">The execution id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The log entries.</returns>
    [Get("/api/sessions/{sessionId}/executions/{executionId}/logs")]
    Task<List<KodexaExecutionLogEntry>> GetExecutionLogsAsync(string sessionId, string executionId, CancellationToken cancellationToken = default);

    /// <summary>Adds log entries to an execution (<c>POST /api/sessions/{id}/executions/{executionId}/logs</c>, a JSON array).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="executionId">The execution id.</param>
    /// <param name="entries">The entries; the Python SDK sets only <see cref="KodexaExecutionLogEntry.Entry"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The execution.</returns>
    [Post("/api/sessions/{sessionId}/executions/{executionId}/logs")]
    Task<KodexaExecution> AddExecutionLogsAsync(string sessionId, string executionId, [Body] List<KodexaExecutionLogEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads a content object to an execution (<c>POST /api/sessions/{sessionId}/executions/{executionId}/objects</c>,
    /// <c>multipart/form-data</c>: text part <c>contentObjectJson</c> and file part <c>content</c>, as the Python SDK sends them).
    /// </summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="executionId">The execution id.</param>
    /// <param name="contentObjectJson">The <see cref="KodexaContentObject"/> as JSON text, for example <c>JsonSerializer.Serialize(obj)</c>.</param>
    /// <param name="content">The content, for example <c>new StreamPart(stream, "output.kddb", "application/octet-stream")</c>; sent as part <c>content</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored content object.</returns>
    [Multipart]
    [Post("/api/sessions/{sessionId}/executions/{executionId}/objects")]
    Task<KodexaContentObject> UploadContentObjectAsync(
        string sessionId,
        string executionId,
        [AliasAs("contentObjectJson")] string contentObjectJson,
        [AliasAs("content")] StreamPart content,
        CancellationToken cancellationToken = default);

    /// <summary>Updates the status details of an execution (<c>PUT /api/sessions/{sessionId}/executions/{executionId}/status</c>).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="executionId">The execution id.</param>
    /// <param name="statusDetails">The status, message and progress.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated execution.</returns>
    [Put("/api/sessions/{sessionId}/executions/{executionId}/status")]
    Task<KodexaExecution> UpdateExecutionStatusAsync(string sessionId, string executionId, [Body] KodexaStatusDetails statusDetails, CancellationToken cancellationToken = default);

    /// <summary>Passes an event to a session to be processed (<c>POST /api/sessions/{sessionId}/events</c>).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="executionEvent">The event; the 2022 schema requires <c>sessionId</c>, <c>token</c> and <c>type</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The execution the event started or updated.</returns>
    [Post("/api/sessions/{sessionId}/events")]
    Task<KodexaExecution> ProcessEventAsync(string sessionId, [Body] KodexaExecutionEvent executionEvent, CancellationToken cancellationToken = default);
}
