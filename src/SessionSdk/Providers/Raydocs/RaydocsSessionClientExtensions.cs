namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// Raydocs workflows over a Raydocs <see cref="ISessionClient"/>: upload a file into a session, run an extraction and
/// wait for its result. Each is a thin composition of the typed APIs (<see cref="IRaydocsDocumentsApi"/>,
/// <see cref="IRaydocsResultsApi"/>); the vendor calls it makes are listed on each method.
/// </summary>
public static class RaydocsSessionClientExtensions
{
    /// <summary>
    /// Uploads one file into a session, the three calls Raydocs needs for it: <c>POST /vapor/signed-storage-url</c>
    /// (with the Raydocs token), <c>PUT</c> of the bytes to the returned pre-signed URL (with the headers it names and
    /// <em>without</em> the Raydocs token, on a plain <see cref="HttpClient"/> — see
    /// <c>RaydocsSessionClientsBuilderExtensions.GetStorageHttpClientName</c>), then
    /// <c>POST /extractions/sessions/{sessionId}/documents/upload</c> with the storage key. The document is parsed
    /// asynchronously afterwards; <see cref="ExtractAndWaitAsync"/> copes with that.
    /// </summary>
    /// <param name="client">A Raydocs session client (from <c>AddRaydocs(…)</c>).</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="content">The file's bytes, read from the current position; the stream is not disposed.</param>
    /// <param name="contentType">The file's MIME type, for example <c>application/pdf</c>.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The session's document for the file (an existing workspace document when the same bytes were uploaded before).</returns>
    /// <exception cref="ArgumentException">The id is malformed, the content type is empty or not a MIME type, or <paramref name="client"/> is not a Raydocs client (no request is sent).</exception>
    /// <exception cref="SessionNotFoundException">The session does not exist.</exception>
    /// <exception cref="SessionValidationException">Raydocs refused the key or the file's format (422).</exception>
    /// <exception cref="SessionAuthenticationException">Storage refused the PUT (403: the URL expired or its signature does not match).</exception>
    /// <exception cref="SessionClientException">Any other failure of one of the three calls.</exception>
    public static async Task<RaydocsDocument> UploadDocumentAsync(
        this ISessionClient client,
        string sessionId,
        Stream content,
        string contentType,
        CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        if (!System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out _))
        {
            throw new ArgumentException($"'{contentType}' is not a MIME type (for example application/pdf).", nameof(contentType));
        }
        var documents = Require<IRaydocsDocumentsApi>(client);
        var uploader = Require<RaydocsStorageUploader>(client);
        var provider = client.Metadata.ProviderName;

        var target = SessionResponses.Require(
            await documents.CreateSignedStorageUrlAsync(new RaydocsSignedStorageUrlRequest { ContentType = contentType }, cancellationToken).ConfigureAwait(false),
            provider,
            "CreateSignedStorageUrl");
        if (string.IsNullOrEmpty(target.Key))
        {
            throw SessionExceptionFactory.UnreadableResponse(provider, "CreateSignedStorageUrl", System.Net.HttpStatusCode.OK, "the signed storage URL has no key");
        }

        await uploader.PutAsync(target, content, contentType, cancellationToken).ConfigureAwait(false);
        var uploaded = SessionResponses.Require(
            await documents.UploadDocumentsAsync(sessionId, new RaydocsUploadDocumentsRequest { Keys = [target.Key] }, cancellationToken).ConfigureAwait(false),
            provider,
            "UploadDocuments");
        return uploaded.Data is [var document, ..]
            ? document
            : throw SessionExceptionFactory.UnreadableResponse(provider, "UploadDocuments", System.Net.HttpStatusCode.OK, "the upload answered no document");
    }

    /// <summary>
    /// Reads a result (<c>GET /extractions/results/{resultId}</c>) until its status is <c>completed</c> or <c>failed</c>
    /// (<see cref="RaydocsResultStatuses.IsFinal"/>), pausing between reads as <paramref name="options"/> says. A
    /// failed run is returned, not thrown: check <see cref="RaydocsResult.Status"/>.
    /// </summary>
    /// <param name="client">A Raydocs session client.</param>
    /// <param name="resultId">The result id, from <see cref="IRaydocsResultsApi.RunExtractionAsync"/> or the session's <c>results</c>.</param>
    /// <param name="options">How to poll and for how long; <see langword="null"/> for the defaults (5 minutes).</param>
    /// <param name="progress">Told every result read, the last one included.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished result, with <c>data</c> and <c>audit_data</c>.</returns>
    /// <exception cref="SessionTimeoutException">The run did not finish in time; <see cref="SessionTimeoutException.LastState"/> is the last <see cref="RaydocsResult"/> read.</exception>
    /// <exception cref="SessionClientException">A read failed in a way that is not transient.</exception>
    public static Task<RaydocsResult> WaitForResultAsync(
        this ISessionClient client,
        string resultId,
        SessionWaitOptions? options = null,
        IProgress<RaydocsResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(resultId, nameof(resultId));
        var results = Require<IRaydocsResultsApi>(client);
        var provider = client.Metadata.ProviderName;
        return SessionPoller.PollAsync(
            client,
            "WaitForResult",
            async ct => SessionResponses.Require(await results.GetResultAsync(resultId, ct).ConfigureAwait(false), provider, "GetResult"),
            r => RaydocsResultStatuses.IsFinal(r.Status),
            options,
            progress,
            cancellationToken);
    }

    /// <summary>
    /// Runs an extraction over the session's documents and waits for it: <c>POST /extractions/sessions/{sessionId}/results</c>
    /// (201 — also while the documents are still parsing, when the run is deferred with status <c>parsing_pending</c>),
    /// then <c>GET /extractions/results/{resultId}</c> until the run is <c>completed</c> or <c>failed</c>.
    /// </summary>
    /// <param name="client">A Raydocs session client.</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="options">How to poll and for how long; <see langword="null"/> for the defaults (5 minutes).</param>
    /// <param name="progress">Told the new run and every read of it, the last one included.</param>
    /// <param name="cancellationToken">Cancels the run's start or the wait (the run itself goes on at the vendor).</param>
    /// <returns>The finished result; a failed run is returned, not thrown.</returns>
    /// <exception cref="SessionValidationException">The session has no documents, or none that can be extracted (422).</exception>
    /// <exception cref="SessionNotFoundException">The session does not exist.</exception>
    /// <exception cref="SessionTimeoutException">The run did not finish in time; <see cref="SessionTimeoutException.LastState"/> is the last <see cref="RaydocsResult"/> read.</exception>
    /// <exception cref="SessionClientException">Any other failure.</exception>
    public static async Task<RaydocsResult> ExtractAndWaitAsync(
        this ISessionClient client,
        string sessionId,
        SessionWaitOptions? options = null,
        IProgress<RaydocsResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        var results = Require<IRaydocsResultsApi>(client);
        var provider = client.Metadata.ProviderName;
        var run = SessionResponses.Require(await results.RunExtractionAsync(sessionId, cancellationToken).ConfigureAwait(false), provider, "RunExtraction");
        progress?.Report(run);
        if (RaydocsResultStatuses.IsFinal(run.Status))
        {
            return run;
        }

        if (string.IsNullOrEmpty(run.Id))
        {
            throw SessionExceptionFactory.UnreadableResponse(provider, "RunExtraction", System.Net.HttpStatusCode.Created, "the new result has no id");
        }

        return await client.WaitForResultAsync(run.Id, options, progress, cancellationToken).ConfigureAwait(false);
    }

    private static T Require<T>(ISessionClient client)
        where T : class
    {
        return VendorClient.Require<T>(client, "Raydocs", "AddRaydocs");
    }
}
