namespace SessionSdk.Sandbox;

/// <summary>Which of Mobile Next's two documented session shapes the sandbox serves (VENDOR-APIS.md §5.2).</summary>
public enum MobileNextSessionShape
{
    /// <summary>
    /// The grouped docs page: list <c>{"object":"list","data":[…],"nextCursor"}</c>, sessions
    /// <c>{id, organization (string), user, device{id,…}, createdAt, releasedAt}</c>.
    /// </summary>
    Grouped = 0,

    /// <summary>
    /// The per-endpoint docs pages: list <c>{"sessions":[…],"nextCursor"}</c>, sessions
    /// <c>{sessionId, organizationId (integer), userId, device{deviceId,…}, createdAt, releasedAt}</c>.
    /// </summary>
    PerEndpoint = 1,
}
