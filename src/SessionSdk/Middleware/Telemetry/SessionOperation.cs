namespace SessionSdk;

/// <summary>The operations of <see cref="ISessionClient"/>, named as in spans, measurements, log lines and <see cref="SessionClientException.Operation"/>.</summary>
internal enum SessionOperation
{
    GetSession,
    ListSessions,
    CreateSession,
    UpdateSession,
    DeleteSession,
}
