using Refit;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// The documents of a Raydocs extraction session (<c>/extractions/sessions/{sessionId}/documents…</c>) and the
/// signed upload URL that precedes an upload (Refit, source-generated). Upload flow: <see cref="CreateSignedStorageUrlAsync"/>,
/// PUT the file to the returned URL (without the Raydocs token), then <see cref="UploadDocumentsAsync"/> with the key.
/// </summary>
[Headers("Accept: application/json")]
public interface IRaydocsDocumentsApi
{
    /// <summary>Lists a session's documents, one page at a time (<c>GET /extractions/sessions/{sessionId}/documents</c>).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="page">The 1-based page number; <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page (<c>{data, meta}</c>); stop when <c>meta.current_page</c> reaches <c>meta.last_page</c>.</returns>
    [Get("/extractions/sessions/{sessionId}/documents")]
    Task<RaydocsPage<RaydocsDocument>> ListDocumentsAsync(string sessionId, [AliasAs("page")] int? page = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds uploaded files to a session (<c>POST /extractions/sessions/{sessionId}/documents/upload</c>). A file whose
    /// SHA-256 matches a workspace document reuses it. A bad key or format fails with <see cref="SessionValidationException"/> (422).
    /// </summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="request">The storage keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The documents (<c>{data}</c>, no <c>meta</c>).</returns>
    [Post("/extractions/sessions/{sessionId}/documents/upload")]
    Task<RaydocsPage<RaydocsDocument>> UploadDocumentsAsync(string sessionId, [Body] RaydocsUploadDocumentsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Attaches existing workspace documents to a session (<c>POST /extractions/sessions/{sessionId}/documents/attach</c>).
    /// The docs show neither body nor response; see <see cref="RaydocsAttachDocumentsRequest"/> for the body sent.
    /// </summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="request">The document ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The documents when the server returns a <c>{data}</c> envelope; <see langword="null"/> when it returns no body.</returns>
    [Post("/extractions/sessions/{sessionId}/documents/attach")]
    Task<RaydocsPage<RaydocsDocument>?> AttachDocumentsAsync(string sessionId, [Body] RaydocsAttachDocumentsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Detaches a document from a session; the workspace keeps it (<c>DELETE /extractions/sessions/{sessionId}/documents/{documentId}</c>, 204).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="documentId">The document id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the document is detached.</returns>
    [Delete("/extractions/sessions/{sessionId}/documents/{documentId}")]
    Task DetachDocumentAsync(string sessionId, string documentId, CancellationToken cancellationToken = default);

    /// <summary>Adds one uploaded file to a session the older way (<c>POST /extractions/sessions/{sessionId}/documents</c>, 201).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="request">The storage key and file name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document, in the older shape (<c>mime_type</c>, <c>extraction_session_id</c>).</returns>
    [Post("/extractions/sessions/{sessionId}/documents")]
    Task<RaydocsDocument> UploadLegacyDocumentAsync(string sessionId, [Body] RaydocsLegacyUploadRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a pre-signed URL to upload one file to (<c>POST /vapor/signed-storage-url</c>; any token).</summary>
    /// <param name="request">The content type and visibility.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The upload target; it is valid for about five minutes.</returns>
    [Post("/vapor/signed-storage-url")]
    Task<RaydocsSignedStorageUrl> CreateSignedStorageUrlAsync([Body] RaydocsSignedStorageUrlRequest request, CancellationToken cancellationToken = default);
}
