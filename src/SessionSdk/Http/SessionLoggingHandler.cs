using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace SessionSdk;

/// <summary>
/// Logs each logical HTTP call at Debug: provider, operation, method, path, status, duration. Never headers, query strings or
/// bodies. It replaces IHttpClientFactory's default loggers for the SDK's clients, whose Trace-level header logs
/// redact the formatted message but still carry raw header values (API keys, bearer tokens) in their structured
/// state, where structured sinks would export them.
/// </summary>
internal sealed partial class SessionLoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly string _providerName;

    public SessionLoggingHandler(ILogger logger, string providerName)
    {
        _logger = logger;
        _providerName = providerName;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // Every line is Debug: with Debug off (the usual case) a call pays for no clock, path or await here.
        _logger.IsEnabled(LogLevel.Debug) ? SendLoggedAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var operation = SessionRequestContext.GetOperation(request);
        var provider = SessionRequestContext.GetProviderName(request, _providerName);
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            LogCompleted(_logger, provider, operation, request.Method.Method, path, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogCanceled(_logger, provider, operation, request.Method.Method, path);
            throw;
        }
        catch (SessionClientException e)
        {
            LogFailed(_logger, provider, operation, request.Method.Method, path, e.GetType().Name, (int?)e.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(1, LogLevel.Debug, "{Provider} {Operation}: {Method} {Path} answered {StatusCode} in {ElapsedMs:0.#} ms")]
    private static partial void LogCompleted(ILogger logger, string provider, string operation, string method, string path, int statusCode, double elapsedMs);

    // Debug: the failure reaches the caller as an exception, and the session client's logging layer writes the one
    // Warning for the whole operation (a 404 answered to TryGetSessionAsync is not one).
    [LoggerMessage(2, LogLevel.Debug, "{Provider} {Operation}: {Method} {Path} failed with {ErrorType} (status {StatusCode}) after {ElapsedMs:0.#} ms")]
    private static partial void LogFailed(ILogger logger, string provider, string operation, string method, string path, string errorType, int? statusCode, double elapsedMs);

    [LoggerMessage(3, LogLevel.Debug, "{Provider} {Operation}: {Method} {Path} was canceled by the caller")]
    private static partial void LogCanceled(ILogger logger, string provider, string operation, string method, string path);
}
