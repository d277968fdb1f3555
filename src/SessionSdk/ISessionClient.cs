namespace SessionSdk;

/// <summary>
/// A client for one vendor's session resource (or, for the composite client, for every registered one).
/// </summary>
/// <remarks>
/// Implementations are thread-safe and meant to be long-lived; resolve them from dependency injection
/// (<c>services.AddSessionClients()</c>) rather than constructing them. Conveniences such as auto-paging
/// (<see cref="SessionClientExtensions.ListSessionsAsync"/>) are extension methods in
/// <see cref="SessionClientExtensions"/>, so an implementation has only these members to provide.
/// Every failure the vendor reports surfaces as a <see cref="SessionClientException"/> (or a subclass);
/// the caller's own cancellation surfaces as <see cref="OperationCanceledException"/>.
/// </remarks>
public interface ISessionClient
{
    /// <summary>Gets what this client talks to and which operations it supports.</summary>
    SessionClientMetadata Metadata { get; }

    /// <summary>Reads one session.</summary>
    /// <param name="sessionId">The vendor's session id (for the composite client, <see cref="Session.QualifiedId"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session, mapped into the common model.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty, whitespace, <c>.</c>, <c>..</c>, too long or has control characters. No request is sent.</exception>
    /// <exception cref="SessionNotFoundException">The vendor has no such session (or the caller may not see it).</exception>
    /// <exception cref="SessionClientException">Any other failure reported by the vendor or the transport.</exception>
    Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of sessions.</summary>
    /// <param name="query">Page size, continuation token and filters; <see langword="null"/> reads the first page with the vendor's defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; its <see cref="SessionPage.ContinuationToken"/> is <see langword="null"/> on the last page.</returns>
    /// <exception cref="NotSupportedException">The vendor offers no listing (see <see cref="SessionClientMetadata.Capabilities"/>). No request is sent.</exception>
    /// <exception cref="SessionClientException">A failure reported by the vendor or the transport.</exception>
    Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a session.</summary>
    /// <param name="request">What to create. Vendor-required values go in <see cref="CreateSessionRequest.AdditionalProperties"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created session as the vendor reports it.</returns>
    /// <exception cref="ArgumentException">A value the vendor requires is missing or invalid. No request is sent.</exception>
    /// <exception cref="NotSupportedException">The vendor offers no creation. No request is sent.</exception>
    /// <exception cref="SessionConflictException">A session with the requested id already exists.</exception>
    /// <exception cref="SessionClientException">Any other failure reported by the vendor or the transport.</exception>
    Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a session.</summary>
    /// <param name="sessionId">The vendor's session id.</param>
    /// <param name="request">What to change; unset members are left as they are.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session after the change.</returns>
    /// <exception cref="NotSupportedException">The vendor offers no update. No request is sent.</exception>
    /// <exception cref="SessionConflictException"><see cref="UpdateSessionRequest.ExpectedVersion"/> does not match the session's version, or the vendor reports a conflict.</exception>
    /// <exception cref="SessionNotFoundException">The vendor has no such session.</exception>
    /// <exception cref="SessionClientException">Any other failure reported by the vendor or the transport.</exception>
    Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a session. The vendors document deletion as irreversible.</summary>
    /// <param name="sessionId">The vendor's session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the vendor has confirmed the deletion.</returns>
    /// <exception cref="NotSupportedException">The vendor offers no deletion. No request is sent.</exception>
    /// <exception cref="SessionNotFoundException">The vendor has no such session.</exception>
    /// <exception cref="SessionClientException">Any other failure reported by the vendor or the transport.</exception>
    Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks the client for an object of the given type, such as the provider's typed Refit API
    /// (for example <c>IKodexaSessionsApi</c>), its options, or the client itself.
    /// </summary>
    /// <param name="serviceType">The type of object being requested.</param>
    /// <param name="serviceKey">An optional key to further identify the object.</param>
    /// <returns>The object, or <see langword="null"/> when this client has none of that type.</returns>
    object? GetService(Type serviceType, object? serviceKey = null);
}
