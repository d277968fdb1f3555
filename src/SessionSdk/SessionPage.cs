using System.Text.Json.Serialization;
namespace SessionSdk;

/// <summary>One page of sessions.</summary>
public sealed class SessionPage
{
    /// <summary>Creates a page.</summary>
    /// <param name="items">The sessions on this page.</param>
    /// <param name="continuationToken">The token for the next page, or <see langword="null"/> on the last page.</param>
    public SessionPage(IReadOnlyList<Session> items, string? continuationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        ContinuationToken = continuationToken;
    }

    /// <summary>Gets the sessions on this page (possibly none, even when more pages follow).</summary>
    public IReadOnlyList<Session> Items { get; }

    /// <summary>
    /// Gets the opaque token that reads the next page when passed as <see cref="SessionQuery.ContinuationToken"/>,
    /// or <see langword="null"/> when this is the last page. It stays valid across process restarts.
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>Gets the providers that failed while this page was read (composite client only); their sessions are missing from this page and the next page asks them again.</summary>
    public IReadOnlyList<SessionProviderError> Errors { get; init; } = [];

    /// <summary>Gets the providers left out because they cannot list (composite client only).</summary>
    public IReadOnlyList<string> SkippedProviders { get; init; } = [];

    /// <summary>
    /// Gets the ids of every session the vendor put on the page, before the provider's own filtering, so a paging loop
    /// can tell a vendor that serves nothing (or the same page again) from a filter that matched nothing.
    /// <see langword="null"/> when the provider does not say; <see cref="Items"/> is used then.
    /// </summary>
    internal IReadOnlyList<string>? VendorIds { get; init; }

    /// <summary>Gets the vendor's own page object (for example a Kodexa Spring page), or <see langword="null"/>.</summary>
    /// <remarks>Never serialized: it can hold secrets (a Kodexa session <c>token</c>) that a <see cref="Session"/> returned from an endpoint or logged as an object must not carry.</remarks>
    [JsonIgnore]
    public object? RawRepresentation { get; init; }
}
