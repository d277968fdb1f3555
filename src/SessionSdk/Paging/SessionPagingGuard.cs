namespace SessionSdk;

/// <summary>
/// Bounds one paging loop over one provider. A vendor that answers empty pages with a fresh cursor for ever, hands back
/// a cursor it already gave (A, B, A, B…), or serves the same page of sessions again under a new number would otherwise
/// keep a listing going without end — and flood the vendor. Each of those is a <see cref="SessionResponseException"/>
/// naming the provider.
/// </summary>
internal sealed class SessionPagingGuard
{
    /// <summary>How many pages in a row may come back empty from the vendor while still promising more.</summary>
    public const int MaxEmptyPagesInARow = 32;

    /// <summary>How many recent cursors and pages a repeat is looked for among.</summary>
    public const int Window = 16;

    private readonly string _providerName;
    private readonly Queue<string> _tokens = new();
    private readonly Queue<string> _pages = new();
    private int _emptyInARow;

    public SessionPagingGuard(string providerName, string? startToken)
    {
        _providerName = providerName;
        if (startToken is not null)
        {
            _tokens.Enqueue(startToken);
        }
    }

    /// <summary>Checks the page just read; throws when following its continuation token would loop.</summary>
    /// <exception cref="SessionResponseException">The provider's paging does not advance.</exception>
    public void Observe(SessionPage page)
    {
        if (page.ContinuationToken is not { } next)
        {
            return;
        }

        var ids = page.VendorIds ?? page.Items.Select(s => s.Id).ToArray();
        if (ids.Count == 0)
        {
            if (++_emptyInARow >= MaxEmptyPagesInARow)
            {
                throw Fail($"answered {_emptyInARow} empty pages in a row, each promising more");
            }
        }
        else
        {
            _emptyInARow = 0;
            if (!Remember(_pages, string.Join('\n', ids)))
            {
                throw Fail("served the same page of sessions again under a new continuation token");
            }
        }

        if (!Remember(_tokens, next))
        {
            throw Fail("returned a continuation token it had already returned");
        }
    }

    private static bool Remember(Queue<string> recent, string value)
    {
        if (recent.Contains(value, StringComparer.Ordinal))
        {
            return false;
        }

        recent.Enqueue(value);
        if (recent.Count > Window)
        {
            recent.Dequeue();
        }

        return true;
    }

    private SessionResponseException Fail(string what) =>
        new($"Provider '{_providerName}' {what}; its listing cannot advance, so it was stopped.")
        {
            ProviderName = _providerName,
            Operation = "ListSessions",
        };
}
