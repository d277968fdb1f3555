using System.Runtime.CompilerServices;

namespace SessionSdk;

/// <summary>Conveniences over <see cref="ISessionClient"/>.</summary>
public static class SessionClientExtensions
{
    /// <summary>
    /// Lists every session, reading page after page as the caller enumerates (nothing is read ahead).
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="query">Page size, filters, and an optional continuation token to start from; <see langword="null"/> starts at the first page.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The sessions, in the vendor's order.</returns>
    /// <exception cref="NotSupportedException">The provider cannot list.</exception>
    /// <exception cref="SessionClientException">A page could not be read.</exception>
    /// <exception cref="SessionResponseException">
    /// The provider's paging does not advance: 32 empty pages in a row each promising more, a continuation token or a page
    /// of sessions it already served (among the last 16).
    /// </exception>
    public static async IAsyncEnumerable<Session> ListSessionsAsync(
        this ISessionClient client,
        SessionQuery? query = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var current = query ?? new SessionQuery();
        var guard = new SessionPagingGuard(client.Metadata.ProviderName, current.ContinuationToken);
        while (true)
        {
            var page = await client.GetSessionPageAsync(current, cancellationToken).ConfigureAwait(false);

            // Before yielding: a repeated page would hand the caller duplicates.
            guard.Observe(page);
            foreach (var session in page.Items)
            {
                yield return session;
            }

            if (page.ContinuationToken is null)
            {
                yield break;
            }

            current = current.WithContinuationToken(page.ContinuationToken);
        }
    }

    /// <summary>Reads one session, or returns <see langword="null"/> when the vendor has no such session.</summary>
    /// <param name="client">The client.</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session, or <see langword="null"/> on not found.</returns>
    /// <exception cref="SessionClientException">Any failure other than not found.</exception>
    public static async Task<Session?> TryGetSessionAsync(this ISessionClient client, string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);

        // Here "not found" is an answer: the logging layer writes it at Debug, not as a failure.
        NotFoundExpectation.Expect();
        try
        {
            return await client.GetSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        }
        catch (SessionNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Asks the client for an object of type <typeparamref name="TService"/>, such as its typed vendor API.</summary>
    /// <typeparam name="TService">The type of object being requested.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="serviceKey">An optional key to further identify the object.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    public static TService? GetService<TService>(this ISessionClient client, object? serviceKey = null)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.GetService(typeof(TService), serviceKey) as TService;
    }

    /// <summary>Asks the client for an object of type <typeparamref name="TService"/>, and throws when it has none.</summary>
    /// <typeparam name="TService">The type of object being requested.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="serviceKey">An optional key to further identify the object.</param>
    /// <returns>The object.</returns>
    /// <exception cref="InvalidOperationException">The client has no object of that type.</exception>
    public static TService GetRequiredService<TService>(this ISessionClient client, object? serviceKey = null)
        where TService : class
        => client.GetService<TService>(serviceKey)
           ?? throw new InvalidOperationException($"Session client '{client.Metadata.ProviderName}' has no service of type {typeof(TService).Name}.");
}
