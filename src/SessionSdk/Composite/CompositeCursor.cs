namespace SessionSdk;

/// <summary>
/// One provider's stream inside a composite listing: its position (what the continuation token carries) and, during
/// one page read, the provider page currently loaded.
/// </summary>
internal sealed class CompositeCursor
{
    private readonly string? _startToken;
    private readonly int _startConsumed;
    private readonly bool _startExhausted;
    private readonly SessionPagingGuard _guard;
    private IReadOnlyList<Session>? _items;
    private string? _nextToken;

    public CompositeCursor(int order, string name, ISessionClient client, CompositeProviderPosition? position, int pageSize)
    {
        Order = order;
        Name = name;
        Client = client;
        Token = _startToken = position?.Token;
        Consumed = _startConsumed = position?.Consumed ?? 0;
        LastId = position?.LastId;
        PageSize = position?.PageSize ?? pageSize;
        Exhausted = _startExhausted = position?.Exhausted ?? false;
        _guard = new SessionPagingGuard(name, Token);
    }

    /// <summary>Gets the registration order, for a stable order of errors.</summary>
    public int Order { get; }

    public string Name { get; }

    public ISessionClient Client { get; }

    /// <summary>Gets the provider's token of the page the position is in; <see langword="null"/> = its first page.</summary>
    public string? Token { get; private set; }

    /// <summary>Gets how many items of that page are consumed.</summary>
    public int Consumed { get; private set; }

    public string? LastId { get; private set; }

    public int PageSize { get; }

    public bool Exhausted { get; private set; }

    /// <summary>Gets or sets whether the provider failed during this page read; it is left out for the rest of the read.</summary>
    public bool Failed { get; set; }

    public bool NeedsLoad => !Exhausted && !Failed && _items is null;

    /// <summary>Gets the newest session not yet consumed, or <see langword="null"/> when none is loaded.</summary>
    public Session? Head => !Failed && _items is { } items && Consumed < items.Count ? items[Consumed] : null;

    /// <summary>Gets whether the position moved during this page read.</summary>
    public bool Advanced => Exhausted != _startExhausted || Consumed != _startConsumed || !string.Equals(Token, _startToken, StringComparison.Ordinal);

    /// <summary>Takes in the provider's page for <see cref="Token"/>.</summary>
    /// <returns><see langword="true"/> when a head is available or the provider is finished; <see langword="false"/> when the next page must be read.</returns>
    /// <exception cref="SessionResponseException">The provider's paging does not advance (<see cref="SessionPagingGuard"/>).</exception>
    public bool Load(SessionPage page)
    {
        _guard.Observe(page);
        _items = page.Items;
        _nextToken = page.ContinuationToken;
        Realign(page.Items);
        if (Consumed < page.Items.Count)
        {
            return true;
        }

        MovePastPage();
        return Exhausted;
    }

    /// <summary>Consumes the head. When that ends the loaded page, moves to the next one without reading it yet.</summary>
    public Session Take()
    {
        var session = Head ?? throw new InvalidOperationException("No session is loaded.");
        Consumed++;
        LastId = session.Id;
        if (Consumed >= _items!.Count)
        {
            MovePastPage();
        }

        return session;
    }

    /// <summary>Where the cursor stands before a run of page loads, to go back to should the run fail.</summary>
    public (string? Token, int Consumed, string? LastId, bool Exhausted) Mark() => (Token, Consumed, LastId, Exhausted);

    /// <summary>
    /// Goes back to <paramref name="mark"/> after a failed run of loads: the next page call asks the provider again from
    /// there, and a provider that never advances is not carried forward page by page without end.
    /// </summary>
    public void Reset((string? Token, int Consumed, string? LastId, bool Exhausted) mark)
    {
        (Token, Consumed, LastId, Exhausted) = mark;
        _items = null;
        _nextToken = null;
    }

    public CompositeProviderPosition ToPosition() => new()
    {
        Name = Name,
        Token = Token,
        Consumed = Consumed,
        LastId = LastId,
        PageSize = PageSize,
        Exhausted = Exhausted,
    };

    private void MovePastPage()
    {
        _items = null;
        if (_nextToken is null)
        {
            Exhausted = true;
            return;
        }

        // LastId stays: if sessions were created meanwhile, an offset-paged provider shows it again on its next page.
        Token = _nextToken;
        _nextToken = null;
        Consumed = 0;
    }

    /// <summary>
    /// A re-read page may have shifted since the token was issued (sessions created meanwhile push an offset-paged
    /// provider's items down): continue after the last session taken when it is on the page, else by count.
    /// </summary>
    private void Realign(IReadOnlyList<Session> items)
    {
        if (LastId is not null && !(Consumed > 0 && Consumed <= items.Count && string.Equals(items[Consumed - 1].Id, LastId, StringComparison.Ordinal)))
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (string.Equals(items[i].Id, LastId, StringComparison.Ordinal))
                {
                    Consumed = i + 1;
                    return;
                }
            }
        }

        Consumed = Math.Min(Consumed, items.Count);
    }
}
