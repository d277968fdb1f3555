namespace SessionSdk;

/// <summary>The composite listing's order: newest <see cref="Session.CreatedAt"/> first, no time last, then provider name, then id (ordinal).</summary>
internal static class SessionMergeOrder
{
    /// <summary>Returns a negative number when <paramref name="a"/> comes before <paramref name="b"/>.</summary>
    public static int Compare(Session a, string aProvider, Session b, string bProvider)
    {
        var byTime = (a.CreatedAt, b.CreatedAt) switch
        {
            ({ } x, { } y) => y.CompareTo(x),
            (null, { }) => 1,
            ({ }, null) => -1,
            _ => 0,
        };
        if (byTime != 0)
        {
            return byTime;
        }

        var byProvider = string.CompareOrdinal(aProvider, bProvider);
        return byProvider != 0 ? byProvider : string.CompareOrdinal(a.Id, b.Id);
    }
}
