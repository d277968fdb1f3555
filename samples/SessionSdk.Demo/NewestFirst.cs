namespace SessionSdk.Demo;

/// <summary>
/// Merges sessions from several providers, each already newest first, into one newest-first stream, reading each
/// provider only as far as needed. (The SDK's composite client will do this; the demo will switch to it.)
/// </summary>
internal static class NewestFirst
{
    public static async IAsyncEnumerable<Session> MergeAsync(IReadOnlyList<IAsyncEnumerable<Session>> sources, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var cursors = new List<IAsyncEnumerator<Session>>();
        try
        {
            foreach (var source in sources)
            {
                var cursor = source.GetAsyncEnumerator(cancellationToken);
                if (await cursor.MoveNextAsync().ConfigureAwait(false))
                {
                    cursors.Add(cursor);
                }
                else
                {
                    await cursor.DisposeAsync().ConfigureAwait(false);
                }
            }

            while (cursors.Count > 0)
            {
                // A session without a creation time sorts last.
                var newest = cursors.MaxBy(c => c.Current.CreatedAt ?? DateTimeOffset.MinValue)!;
                yield return newest.Current;
                if (!await newest.MoveNextAsync().ConfigureAwait(false))
                {
                    cursors.Remove(newest);
                    await newest.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                await cursor.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
