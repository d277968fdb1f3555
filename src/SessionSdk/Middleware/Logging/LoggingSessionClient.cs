using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace SessionSdk;

/// <summary>
/// Logs each failed operation once, at Warning: provider, operation, status and error type — never a message, header or
/// body. Successes, cancellations by the caller and the 404 that <see cref="SessionClientExtensions.TryGetSessionAsync"/>
/// answers with <see langword="null"/> log at Debug. Category <c>SessionSdk.Client</c>.
/// </summary>
/// <remarks>
/// A failure is logged by the innermost logging layer that sees it; outer ones (the composite's, over a provider's) skip
/// the same exception, so one failed call is one line.
/// </remarks>
internal sealed partial class LoggingSessionClient : DelegatingSessionClient
{
    public const string Category = "SessionSdk.Client";

    /// <summary>Failures already logged by a layer further in, so that a layer further out does not log them again.</summary>
    private static readonly ConditionalWeakTable<Exception, object> Logged = [];

    private readonly ILogger _logger;
    private string? _provider;

    public LoggingSessionClient(ISessionClient innerClient, ILogger logger)
        : base(innerClient)
    {
        _logger = logger;
    }

    private string Provider => _provider ??= InnerClient.Metadata.ProviderName;

    public override Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        _logger.IsEnabled(LogLevel.Warning) ? GetLoggedAsync(sessionId, cancellationToken) : InnerClient.GetSessionAsync(sessionId, cancellationToken);

    public override Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) =>
        _logger.IsEnabled(LogLevel.Warning) ? GetPageLoggedAsync(query, cancellationToken) : InnerClient.GetSessionPageAsync(query, cancellationToken);

    public override Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default) =>
        _logger.IsEnabled(LogLevel.Warning) ? CreateLoggedAsync(request, cancellationToken) : InnerClient.CreateSessionAsync(request, cancellationToken);

    public override Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default) =>
        _logger.IsEnabled(LogLevel.Warning) ? UpdateLoggedAsync(sessionId, request, cancellationToken) : InnerClient.UpdateSessionAsync(sessionId, request, cancellationToken);

    public override Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        _logger.IsEnabled(LogLevel.Warning) ? DeleteLoggedAsync(sessionId, cancellationToken) : InnerClient.DeleteSessionAsync(sessionId, cancellationToken);

    private async Task<Session> GetLoggedAsync(string sessionId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var session = await InnerClient.GetSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
            Completed(SessionOperation.GetSession, started);
            return session;
        }
        catch (Exception e)
        {
            Failed(SessionOperation.GetSession, e, started, cancellationToken);
            throw;
        }
    }

    private async Task<SessionPage> GetPageLoggedAsync(SessionQuery? query, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var page = await InnerClient.GetSessionPageAsync(query, cancellationToken).ConfigureAwait(false);
            Completed(SessionOperation.ListSessions, started);
            return page;
        }
        catch (Exception e)
        {
            Failed(SessionOperation.ListSessions, e, started, cancellationToken);
            throw;
        }
    }

    private async Task<Session> CreateLoggedAsync(CreateSessionRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var session = await InnerClient.CreateSessionAsync(request, cancellationToken).ConfigureAwait(false);
            Completed(SessionOperation.CreateSession, started);
            return session;
        }
        catch (Exception e)
        {
            Failed(SessionOperation.CreateSession, e, started, cancellationToken);
            throw;
        }
    }

    private async Task<Session> UpdateLoggedAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var session = await InnerClient.UpdateSessionAsync(sessionId, request, cancellationToken).ConfigureAwait(false);
            Completed(SessionOperation.UpdateSession, started);
            return session;
        }
        catch (Exception e)
        {
            Failed(SessionOperation.UpdateSession, e, started, cancellationToken);
            throw;
        }
    }

    private async Task DeleteLoggedAsync(string sessionId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await InnerClient.DeleteSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
            Completed(SessionOperation.DeleteSession, started);
        }
        catch (Exception e)
        {
            Failed(SessionOperation.DeleteSession, e, started, cancellationToken);
            throw;
        }
    }

    private void Completed(SessionOperation operation, long started)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            LogCompleted(_logger, Provider, SessionOperationNames.Of(operation), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private void Failed(SessionOperation operation, Exception exception, long started, CancellationToken cancellationToken)
    {
        if (!Logged.TryAdd(exception, Provider))
        {
            return;
        }

        var name = SessionOperationNames.Of(operation);
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            LogCanceled(_logger, Provider, name, elapsedMs);
        }
        else if (exception is SessionNotFoundException && operation == SessionOperation.GetSession && NotFoundExpectation.IsExpected)
        {
            LogNotFoundAnswered(_logger, Provider, name, elapsedMs);
        }
        else
        {
            var status = SessionErrorType.StatusOf(exception) is { } code ? ((int)code).ToString(CultureInfo.InvariantCulture) : "none";
            LogFailed(_logger, Provider, name, status, exception.GetType().Name, elapsedMs);
        }
    }

    [LoggerMessage(EventId = 100, EventName = "SessionOperationFailed", Level = LogLevel.Warning,
        Message = "{Provider} {Operation} failed: status {StatusCode}, {ErrorType}, after {ElapsedMs:0.#} ms")]
    private static partial void LogFailed(ILogger logger, string provider, string operation, string statusCode, string errorType, double elapsedMs);

    [LoggerMessage(EventId = 101, EventName = "SessionOperationCompleted", Level = LogLevel.Debug,
        Message = "{Provider} {Operation} completed in {ElapsedMs:0.#} ms")]
    private static partial void LogCompleted(ILogger logger, string provider, string operation, double elapsedMs);

    [LoggerMessage(EventId = 102, EventName = "SessionNotFoundAnswered", Level = LogLevel.Debug,
        Message = "{Provider} {Operation}: not found (status 404), answered with null after {ElapsedMs:0.#} ms")]
    private static partial void LogNotFoundAnswered(ILogger logger, string provider, string operation, double elapsedMs);

    [LoggerMessage(EventId = 103, EventName = "SessionOperationCanceled", Level = LogLevel.Debug,
        Message = "{Provider} {Operation} was canceled by the caller after {ElapsedMs:0.#} ms")]
    private static partial void LogCanceled(ILogger logger, string provider, string operation, double elapsedMs);
}
