using Microsoft.Extensions.Logging;
using SessionSdk;

namespace SessionSdk.IntegrationTests.Middleware;

// The README's sample middleware, word for word (bar the namespace): keep the two in step.

/// <summary>Writes one audit line per change — which provider, which session, what happened — once the vendor confirmed it.</summary>
public sealed partial class AuditLogSessionClient(ISessionClient innerClient, ILogger<AuditLogSessionClient> logger)
    : DelegatingSessionClient(innerClient)
{
    public override async Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
    {
        var session = await base.CreateSessionAsync(request, cancellationToken);
        LogChange(logger, session.ProviderName, session.Id, "created");
        return session;
    }

    public override async Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default)
    {
        var session = await base.UpdateSessionAsync(sessionId, request, cancellationToken);
        LogChange(logger, session.ProviderName, session.Id, "updated");
        return session;
    }

    public override async Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await base.DeleteSessionAsync(sessionId, cancellationToken);
        LogChange(logger, Metadata.ProviderName, sessionId, "deleted");
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Audit: {Provider} session {SessionId} {Change}")]
    private static partial void LogChange(ILogger logger, string provider, string sessionId, string change);
}
