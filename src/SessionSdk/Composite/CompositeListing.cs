using System.Runtime.ExceptionServices;

namespace SessionSdk;

/// <summary>One composite page: from the continuation token to the cursors, through the merge, back to a token.</summary>
internal static class CompositeListing
{
    public static async Task<SessionPage> ReadPageAsync(
        ISessionClientProvider providers,
        SessionQuery query,
        CompositeSessionClientOptions options,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var pageSize = query.CheckedPageSize(CompositeSessionClientOptions.MaxPageSize) ?? options.DefaultPageSize;
        var positions = query.ContinuationToken is { } token
            ? CompositeTokenCodec.Decode(token).Providers!.ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase)
            : null;
        cancellationToken.ThrowIfCancellationRequested();

        var providerPageSize = options.ProviderPageSize ?? Math.Min(pageSize, CompositeSessionClientOptions.DefaultMaxProviderPageSize);
        var cursors = new List<CompositeCursor>();
        var skipped = new List<string>();
        foreach (var name in providers.ProviderNames)
        {
            var client = providers.GetClient(name);
            if (!client.Metadata.Supports(SessionCapabilities.List))
            {
                skipped.Add(name);
                continue;
            }

            // A provider registered after the token was issued starts from its first page.
            CompositeProviderPosition? position = null;
            positions?.TryGetValue(name, out position);
            cursors.Add(new CompositeCursor(cursors.Count, name, client, position, providerPageSize));
        }

        using var reader = new CompositePageReader(cursors, query, options, timeProvider, cancellationToken);
        var items = await reader.ReadAsync(pageSize, cancellationToken).ConfigureAwait(false);
        var errors = reader.Errors;
        if (errors.Count > 0 && items.Count == 0 && !cursors.Any(c => c.Advanced))
        {
            // Only failing providers are left: an empty page carrying the same token again would loop forever.
            if (errors.Count == 1)
            {
                ExceptionDispatchInfo.Throw(errors[0].Exception);
            }

            throw AllFailed(errors);
        }

        var next = cursors.TrueForAll(c => c.Exhausted)
            ? null
            : CompositeTokenCodec.Encode(new CompositeContinuationToken
            {
                Version = CompositeContinuationToken.CurrentVersion,
                Providers = cursors.ConvertAll(c => c.ToPosition()),
            });

        return new SessionPage(items, next) { Errors = errors, SkippedProviders = skipped };
    }

    private static SessionClientException AllFailed(IReadOnlyList<SessionProviderError> errors) =>
        SessionExceptionFactory.AllProvidersFailed(CompositeSessionClient.CompositeProviderName, "ListSessions", errors);
}
