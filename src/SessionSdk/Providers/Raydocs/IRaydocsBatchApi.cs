using Refit;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// Batch operations over the sessions of one extraction template (<c>/extractions/templates/{templateId}/sessions/batch…</c>;
/// Refit, source-generated). Where the vendor's pages contradict themselves (delete, export), the SDK follows the
/// page headers: <c>POST …/batch/delete</c> and <c>POST …/batch/export</c> with <c>format</c> in the body.
/// </summary>
[Headers("Accept: application/json")]
public interface IRaydocsBatchApi
{
    /// <summary>Creates one session per uploaded file (<c>POST /extractions/templates/{templateId}/sessions/batch</c>, 201).</summary>
    /// <param name="templateId">The extraction template id.</param>
    /// <param name="request">The storage keys (at most 50) and settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new sessions (<c>id</c>, <c>name</c> = <c>Pending...</c>, <c>created_at</c>).</returns>
    [Post("/extractions/templates/{templateId}/sessions/batch")]
    Task<List<RaydocsExtractionSession>> CreateBatchAsync(string templateId, [Body] RaydocsBatchCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Queues extraction for sessions (<c>POST /extractions/templates/{templateId}/sessions/batch/execute</c>); they run asynchronously.</summary>
    /// <param name="templateId">The extraction template id.</param>
    /// <param name="request">The session ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many extractions were queued.</returns>
    [Post("/extractions/templates/{templateId}/sessions/batch/execute")]
    Task<RaydocsBatchExecuteResponse> ExecuteBatchAsync(string templateId, [Body] RaydocsBatchSessionsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes sessions (<c>POST /extractions/templates/{templateId}/sessions/batch/delete</c>, 204; the page's raw example shows <c>DELETE …/sessions/batch</c> instead).</summary>
    /// <param name="templateId">The extraction template id.</param>
    /// <param name="request">The session ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the sessions are deleted.</returns>
    [Post("/extractions/templates/{templateId}/sessions/batch/delete")]
    Task DeleteBatchAsync(string templateId, [Body] RaydocsBatchSessionsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Exports sessions' data as JSON (<c>POST /extractions/templates/{templateId}/sessions/batch/export</c>; leave <see cref="RaydocsBatchExportRequest.Format"/> unset or <c>json</c>).</summary>
    /// <param name="templateId">The extraction template id.</param>
    /// <param name="request">The session ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One item per session.</returns>
    [Post("/extractions/templates/{templateId}/sessions/batch/export")]
    Task<List<RaydocsBatchExportItem>> ExportBatchAsync(string templateId, [Body] RaydocsBatchExportRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Exports sessions' data as a file (<c>csv</c> or <c>excel</c> in <see cref="RaydocsBatchExportRequest.Format"/>;
    /// same path as <see cref="ExportBatchAsync"/>). The caller owns and must dispose the response; its
    /// <c>Content-Type</c> says what came back (excel: <c>application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</c>).
    /// </summary>
    /// <param name="templateId">The extraction template id.</param>
    /// <param name="request">The session ids and format.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The successful response; failures throw before it is returned.</returns>
    [Post("/extractions/templates/{templateId}/sessions/batch/export")]
    [Headers("Accept: */*")]
    Task<HttpResponseMessage> ExportBatchFileAsync(string templateId, [Body] RaydocsBatchExportRequest request, CancellationToken cancellationToken = default);
}
