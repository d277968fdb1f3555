namespace SessionSdk;

/// <summary>What page of sessions to read, and which sessions to keep.</summary>
public sealed class SessionQuery
{
    /// <summary>Gets or sets how many sessions a page holds at most; <see langword="null"/> uses the vendor's default. Must be positive.</summary>
    public int? PageSize { get; set; }

    /// <summary>Gets or sets the token from a previous <see cref="SessionPage.ContinuationToken"/>; <see langword="null"/> reads the first page.</summary>
    public string? ContinuationToken { get; set; }

    /// <summary>Gets or sets a lower bound (exclusive) on <see cref="Session.CreatedAt"/>. Applied by the client after reading each page.</summary>
    public DateTimeOffset? CreatedAfter { get; set; }

    /// <summary>
    /// Gets or sets an upper bound (exclusive) on <see cref="Session.CreatedAt"/>. Sent to the vendor where it has
    /// such a filter (Mobile Next <c>before</c>) and applied by the client otherwise.
    /// </summary>
    public DateTimeOffset? CreatedBefore { get; set; }

    /// <summary>Gets or sets a status to keep; others are dropped by the client after reading each page.</summary>
    public SessionStatus? Status { get; set; }

    /// <summary>Gets or sets the order to ask the provider for; <see cref="SessionOrder.VendorDefault"/> sends nothing.</summary>
    public SessionOrder Order { get; set; }

    /// <summary>
    /// Gets vendor-specific query parameters, sent as given to providers that document them and ignored by the
    /// others: Kodexa <c>filter</c>, <c>query</c>, <c>sort</c> (unless <see cref="Order"/> is set); Mobile Next <c>organizationId</c> (per-call
    /// <c>X-Organization-Id</c>). Keys are case-insensitive.
    /// </summary>
    public IDictionary<string, string> AdditionalProperties { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns whether a session passes <see cref="CreatedAfter"/>, <see cref="CreatedBefore"/> and <see cref="Status"/>.</summary>
    /// <param name="session">The session to test.</param>
    /// <returns><see langword="true"/> when it passes every filter that is set. A session with no <see cref="Session.CreatedAt"/> passes the time filters.</returns>
    public bool Matches(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (Status is { } status && session.Status != status)
        {
            return false;
        }

        if (session.CreatedAt is { } created)
        {
            if (CreatedAfter is { } after && created <= after)
            {
                return false;
            }

            if (CreatedBefore is { } before && created >= before)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a copy with another continuation token.</summary>
    /// <param name="continuationToken">The token for the copy.</param>
    /// <returns>The copy; this instance is unchanged.</returns>
    public SessionQuery WithContinuationToken(string? continuationToken)
    {
        var copy = new SessionQuery
        {
            PageSize = PageSize,
            ContinuationToken = continuationToken,
            CreatedAfter = CreatedAfter,
            CreatedBefore = CreatedBefore,
            Status = Status,
            Order = Order,
        };
        foreach (var pair in AdditionalProperties)
        {
            copy.AdditionalProperties[pair.Key] = pair.Value;
        }

        return copy;
    }

    /// <summary>Returns <see cref="PageSize"/> after checking it is between 1 and <paramref name="max"/>.</summary>
    /// <param name="max">The largest page the reader takes.</param>
    /// <returns>The page size, or <see langword="null"/> when none is set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page size is out of range.</exception>
    internal int? CheckedPageSize(int max)
    {
        if (PageSize is { } size && (size < 1 || size > max))
        {
            throw new ArgumentOutOfRangeException("query", size, $"PageSize must be between 1 and {max}.");
        }

        return PageSize;
    }
}
