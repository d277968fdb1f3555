namespace SessionSdk.Tests.Composite;

internal static class FakeSessions
{
    public const SessionCapabilities All = SessionCapabilities.Get | SessionCapabilities.List | SessionCapabilities.Create
        | SessionCapabilities.Update | SessionCapabilities.Delete;

    public static readonly DateTimeOffset Origin = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A session created <paramref name="minutesAgo"/> minutes before <see cref="Origin"/> (null = no time).</summary>
    public static Session At(string provider, string id, int? minutesAgo, SessionStatus? status = null) => new()
    {
        Id = id,
        ProviderName = provider,
        Kind = "fake.session",
        Status = status ?? SessionStatus.Active,
        CreatedAt = minutesAgo is { } m ? Origin.AddMinutes(-m) : null,
    };

    /// <summary>Sessions named "{provider}-{minutesAgo}", newest first as given.</summary>
    public static Session[] Many(string provider, params int[] minutesAgo) =>
        minutesAgo.Select(m => At(provider, $"{provider[0]}{m}", m)).ToArray();

    /// <summary>Three providers whose timestamps interleave, with a cross-provider tie and untimed sessions at the end.</summary>
    public static FakeSessionClient[] Interleaved() =>
    [
        new("alpha", [.. Many("alpha", 1, 4, 5, 9, 12, 20, 21), At("alpha", "a-untimed", null)]),
        new("beta", Many("beta", 2, 3, 9, 10, 11, 30)),
        new("gamma", [.. Many("gamma", 6, 7, 8, 13), At("gamma", "g-untimed", null)]),
    ];

    /// <summary>The exact merged order of <see cref="Interleaved"/>: newest first, tie at 9 min by provider name, untimed last by provider name.</summary>
    public static readonly string[] InterleavedOrder =
    [
        "alpha/a1", "beta/b2", "beta/b3", "alpha/a4", "alpha/a5", "gamma/g6", "gamma/g7", "gamma/g8",
        "alpha/a9", "beta/b9", "beta/b10", "beta/b11", "alpha/a12", "gamma/g13", "alpha/a20", "alpha/a21",
        "beta/b30", "alpha/a-untimed", "gamma/g-untimed",
    ];

    public static CompositeSessionClient Composite(IEnumerable<ISessionClient> clients, Action<CompositeSessionClientOptions>? configure = null)
    {
        var options = new CompositeSessionClientOptions();
        configure?.Invoke(options);
        return new CompositeSessionClient(clients, options);
    }

    /// <summary>Reads every page by hand, returning the pages.</summary>
    public static async Task<List<SessionPage>> AllPagesAsync(ISessionClient client, int? pageSize, string? from = null)
    {
        var pages = new List<SessionPage>();
        var token = from;
        do
        {
            var page = await client.GetSessionPageAsync(new SessionQuery { PageSize = pageSize, ContinuationToken = token });
            pages.Add(page);
            token = page.ContinuationToken;
            Assert.True(pages.Count < 500, "The listing does not end.");
        }
        while (token is not null);
        return pages;
    }

    public static string[] Ids(IEnumerable<SessionPage> pages) => pages.SelectMany(p => p.Items).Select(s => s.QualifiedId).ToArray();
}
