using System.Diagnostics;

namespace SessionSdk;

/// <summary>
/// Traces and measures each operation: one span (<c>GetSession kodexa</c>, …) on the <c>SessionSdk</c> activity source,
/// parent of the HTTP attempt spans beneath it, and one <c>sessionsdk.client.operation.duration</c> measurement. With
/// nothing listening it passes each call straight on: no span, no clock read, no allocation.
/// </summary>
/// <remarks>
/// Spans and measurements carry the provider, the operation, the session id where there is one, page size and item count
/// for listings, the retry count, and <c>error.type</c> on failure — never a credential, a header, a body or an exception
/// message (vendors' messages may quote what they were sent).
/// </remarks>
internal sealed class OpenTelemetrySessionClient : DelegatingSessionClient
{
    private readonly SessionMetrics _metrics;
    private TracedClientNames? _names;

    public OpenTelemetrySessionClient(ISessionClient innerClient, SessionMetrics metrics)
        : base(innerClient)
    {
        _metrics = metrics;
    }

    public override Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        _metrics.IsEnabled ? GetTracedAsync(sessionId, cancellationToken) : InnerClient.GetSessionAsync(sessionId, cancellationToken);

    public override Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) =>
        _metrics.IsEnabled ? GetPageTracedAsync(query, cancellationToken) : InnerClient.GetSessionPageAsync(query, cancellationToken);

    public override Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default) =>
        _metrics.IsEnabled ? CreateTracedAsync(request, cancellationToken) : InnerClient.CreateSessionAsync(request, cancellationToken);

    public override Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default) =>
        _metrics.IsEnabled ? UpdateTracedAsync(sessionId, request, cancellationToken) : InnerClient.UpdateSessionAsync(sessionId, request, cancellationToken);

    public override Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        _metrics.IsEnabled ? DeleteTracedAsync(sessionId, cancellationToken) : InnerClient.DeleteSessionAsync(sessionId, cancellationToken);

    private async Task<Session> GetTracedAsync(string sessionId, CancellationToken cancellationToken)
    {
        var scope = Start(SessionOperation.GetSession, sessionId);
        try
        {
            var session = await InnerClient.GetSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
            Stop(scope, error: null, sessionsRead: 1);
            return session;
        }
        catch (Exception e)
        {
            Stop(scope, e, sessionsRead: 0);
            throw;
        }
    }

    private async Task<SessionPage> GetPageTracedAsync(SessionQuery? query, CancellationToken cancellationToken)
    {
        var scope = Start(SessionOperation.ListSessions, sessionId: null);
        if (query?.PageSize is { } pageSize)
        {
            scope.Activity?.SetTag(SessionTelemetry.PageSizeAttribute, pageSize);
        }

        try
        {
            var page = await InnerClient.GetSessionPageAsync(query, cancellationToken).ConfigureAwait(false);
            scope.Activity?.SetTag(SessionTelemetry.ItemCountAttribute, page.Items.Count);
            Stop(scope, error: null, page.Items.Count);
            return page;
        }
        catch (Exception e)
        {
            Stop(scope, e, sessionsRead: 0);
            throw;
        }
    }

    private async Task<Session> CreateTracedAsync(CreateSessionRequest request, CancellationToken cancellationToken)
    {
        var scope = Start(SessionOperation.CreateSession, request?.SessionId);
        try
        {
            var session = await InnerClient.CreateSessionAsync(request!, cancellationToken).ConfigureAwait(false);
            scope.Activity?.SetTag(SessionTelemetry.SessionIdAttribute, session.Id);
            Stop(scope, error: null, sessionsRead: 0);
            return session;
        }
        catch (Exception e)
        {
            Stop(scope, e, sessionsRead: 0);
            throw;
        }
    }

    private async Task<Session> UpdateTracedAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken)
    {
        var scope = Start(SessionOperation.UpdateSession, sessionId);
        try
        {
            var session = await InnerClient.UpdateSessionAsync(sessionId, request, cancellationToken).ConfigureAwait(false);
            Stop(scope, error: null, sessionsRead: 0);
            return session;
        }
        catch (Exception e)
        {
            Stop(scope, e, sessionsRead: 0);
            throw;
        }
    }

    private async Task DeleteTracedAsync(string sessionId, CancellationToken cancellationToken)
    {
        var scope = Start(SessionOperation.DeleteSession, sessionId);
        try
        {
            await InnerClient.DeleteSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
            Stop(scope, error: null, sessionsRead: 0);
        }
        catch (Exception e)
        {
            Stop(scope, e, sessionsRead: 0);
            throw;
        }
    }

    private Scope Start(SessionOperation operation, string? sessionId)
    {
        var names = _names ??= new TracedClientNames(InnerClient);
        var activity = SessionTelemetry.Source.StartActivity(names.SpanNames[(int)operation], ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(SessionTelemetry.ProviderAttribute, names.Provider);
            activity.SetTag(SessionTelemetry.OperationAttribute, SessionOperationNames.Of(operation));
            if (sessionId is not null)
            {
                activity.SetTag(SessionTelemetry.SessionIdAttribute, sessionId);
            }

            if (names.ServerAddress is not null)
            {
                activity.SetTag(SessionTelemetry.ServerAddressAttribute, names.ServerAddress);
                activity.SetTag(SessionTelemetry.ServerPortAttribute, names.ServerPort);
            }
        }

        return new Scope(operation, activity is { IsAllDataRequested: true } ? activity : null, activity, Stopwatch.GetTimestamp());
    }

    private void Stop(in Scope scope, Exception? error, int sessionsRead)
    {
        var names = _names!;
        var errorType = error is null ? null : SessionErrorType.Of(error);
        if (scope.Started is { } activity)
        {
            if (errorType is not null && scope.Activity is not null)
            {
                activity.SetTag(SessionTelemetry.ErrorTypeAttribute, errorType);
                activity.SetStatus(ActivityStatusCode.Error, errorType);
            }

            activity.Dispose();
        }

        var operation = SessionOperationNames.Of(scope.Operation);
        if (_metrics.OperationDuration.Enabled)
        {
            var tags = new TagList
            {
                { SessionTelemetry.ProviderAttribute, names.Provider },
                { SessionTelemetry.OperationAttribute, operation },
            };
            if (errorType is not null)
            {
                tags.Add(SessionTelemetry.ErrorTypeAttribute, errorType);
            }

            _metrics.OperationDuration.Record(Stopwatch.GetElapsedTime(scope.Timestamp).TotalSeconds, tags);
        }

        // Sessions read from a vendor are counted once, by the provider that read them, not again by the composite.
        if (sessionsRead > 0 && !names.IsComposite && _metrics.SessionsRead.Enabled)
        {
            _metrics.SessionsRead.Add(
                sessionsRead,
                new KeyValuePair<string, object?>(SessionTelemetry.ProviderAttribute, names.Provider),
                new KeyValuePair<string, object?>(SessionTelemetry.OperationAttribute, operation));
        }
    }

    /// <summary>One operation under way: its span (<see cref="Activity"/> only when recorded) and when it started.</summary>
    private readonly record struct Scope(SessionOperation Operation, Activity? Activity, Activity? Started, long Timestamp);
}
