namespace SessionSdk;

/// <summary>The operations a session client can perform. An operation not listed throws <see cref="NotSupportedException"/> before any request.</summary>
[Flags]
public enum SessionCapabilities
{
    /// <summary>No operation.</summary>
    None = 0,

    /// <summary><see cref="ISessionClient.GetSessionAsync"/>.</summary>
    Get = 1,

    /// <summary><see cref="ISessionClient.GetSessionPageAsync"/> and auto-paging.</summary>
    List = 2,

    /// <summary><see cref="ISessionClient.CreateSessionAsync"/>.</summary>
    Create = 4,

    /// <summary><see cref="ISessionClient.UpdateSessionAsync"/>.</summary>
    Update = 8,

    /// <summary><see cref="ISessionClient.DeleteSessionAsync"/>.</summary>
    Delete = 16,

    /// <summary>Creation honours a client-chosen <see cref="CreateSessionRequest.SessionId"/>.</summary>
    CreateWithId = 32,

    /// <summary><see cref="UpdateSessionRequest.ExpectedVersion"/> is checked against <see cref="Session.Version"/>.</summary>
    OptimisticConcurrency = 64,
}
