namespace SessionSdk.Providers.MobileNext;

/// <summary>Mobile Next's device calls on a session client registered with <c>AddMobileNext(…)</c>.</summary>
public static class MobileNextSessionClientExtensions
{
    private const string Allocating = "allocating";
    private const string Released = "released";
    private const int MaxReleaseRounds = 64;

    /// <summary>Asks for a device matching every filter, for a session (<c>POST /api/v1/sessions/{sessionId}/devices</c>).</summary>
    /// <param name="client">A Mobile Next session client.</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="filters">The criteria, for example <c>new MobileNextDeviceFilter(MobileNextDeviceAttributes.Platform, MobileNextDeviceFilterOperators.EqualTo, "ios")</c>; none lets the vendor choose any device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The allocation; its <see cref="MobileNextDeviceAllocation.State"/> is <c>allocating</c> until the device is ready (read the session to see it).</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is not a usable id, or a filter is null or lacks its attribute, operator or value. No request is sent.</exception>
    /// <exception cref="ArgumentException"><paramref name="client"/> is not a Mobile Next client.</exception>
    /// <exception cref="SessionNotFoundException">The vendor has no such session.</exception>
    /// <exception cref="SessionClientException">Any other failure reported by the vendor or the transport.</exception>
    public static async Task<MobileNextDeviceAllocation> AllocateDeviceAsync(
        this ISessionClient client,
        string sessionId,
        IEnumerable<MobileNextDeviceFilter> filters,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        SessionIdGuard.Validate(sessionId);
        ArgumentNullException.ThrowIfNull(filters);
        var list = new List<MobileNextDeviceFilter>();
        foreach (var filter in filters)
        {
            if (filter is null || string.IsNullOrWhiteSpace(filter.Attribute) || string.IsNullOrWhiteSpace(filter.Operator) || filter.Value is null)
            {
                throw new ArgumentException($"Filter {list.Count} must be non-null and have an Attribute, an Operator and a Value.", nameof(filters));
            }

            list.Add(filter);
        }

        var api = Api(client);
        var allocation = await api.AllocateDeviceAsync(sessionId, new MobileNextAllocateDeviceRequest { Filters = list }, cancellationToken).ConfigureAwait(false);
        return SessionResponses.Require(allocation, client.Metadata.ProviderName, "AllocateDevice");
    }

    /// <summary>Gives a device of a session back (<c>POST /api/v1/sessions/{sessionId}/devices/{deviceId}/release</c>).</summary>
    /// <param name="client">A Mobile Next session client.</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="deviceId">The device id (<see cref="SessionDevice.Id"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the vendor has accepted the release.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> or <paramref name="deviceId"/> is not a usable id. No request is sent.</exception>
    /// <exception cref="ArgumentException"><paramref name="client"/> is not a Mobile Next client.</exception>
    /// <exception cref="SessionNotFoundException">The vendor has no such session or device.</exception>
    /// <exception cref="SessionClientException">Any other failure reported by the vendor or the transport.</exception>
    public static Task ReleaseDeviceAsync(this ISessionClient client, string sessionId, string deviceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        SessionIdGuard.Validate(sessionId);
        SessionIdGuard.Validate(deviceId, nameof(deviceId));
        return Api(client).ReleaseDeviceAsync(sessionId, deviceId, cancellationToken);
    }

    /// <summary>
    /// Reads the session (<c>GET /api/v1/sessions/{sessionId}</c>) until a device allocated to it is ready. The vendor
    /// documents no way to watch one allocation over REST (its client watches a WebSocket), so the SDK decides from
    /// the session: ready once no device of the session is still <c>allocating</c> and it shows a device with an id
    /// that is not <c>released</c>.
    /// </summary>
    /// <param name="client">A Mobile Next session client (from <c>AddMobileNext(…)</c>).</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="options">How to poll and for how long; <see langword="null"/> for the defaults (5 minutes).</param>
    /// <param name="progress">Told every session read, the last one included.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The ready device (the newest, when the session shows several).</returns>
    /// <exception cref="InvalidOperationException">The session was released before a device was ready.</exception>
    /// <exception cref="SessionTimeoutException">No device was ready in time; <see cref="SessionTimeoutException.LastState"/> is the last <see cref="Session"/> read.</exception>
    /// <exception cref="SessionClientException">A read failed in a way that is not transient.</exception>
    public static async Task<SessionDevice> WaitForDeviceAsync(
        this ISessionClient client,
        string sessionId,
        SessionWaitOptions? options = null,
        IProgress<Session>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        SessionIdGuard.Validate(sessionId);
        _ = Api(client);
        var session = await SessionPoller.PollAsync(
            client,
            "WaitForDevice",
            ct => client.GetSessionAsync(sessionId, ct),
            s => ReadyDevice(s) is not null || s.Status == SessionStatus.Released,
            options,
            progress,
            cancellationToken).ConfigureAwait(false);
        return ReadyDevice(session)
            ?? throw new InvalidOperationException($"Mobile Next session {sessionId} was released before a device was ready.");
    }

    /// <summary>
    /// Allocates a device and waits until it is ready: <c>POST /api/v1/sessions/{sessionId}/devices</c> with the filters
    /// (answered <c>{"allocationId", "state": "allocating"}</c>), then <see cref="WaitForDeviceAsync"/>.
    /// </summary>
    /// <param name="client">A Mobile Next session client.</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="filters">The filters every candidate device must pass (see <see cref="AllocateDeviceAsync"/>).</param>
    /// <param name="options">How to poll and for how long; <see langword="null"/> for the defaults (5 minutes).</param>
    /// <param name="progress">Told every session read while waiting, the last one included.</param>
    /// <param name="cancellationToken">Cancels the allocation request or the wait (an allocation already requested goes on).</param>
    /// <returns>The ready device.</returns>
    /// <exception cref="ArgumentException">The id or a filter is malformed (no request is sent).</exception>
    /// <exception cref="SessionValidationException">No device matches the filters, or they are invalid.</exception>
    /// <exception cref="SessionConflictException">The session has ended.</exception>
    /// <exception cref="SessionTimeoutException">No device was ready in time.</exception>
    /// <exception cref="SessionClientException">Any other failure.</exception>
    public static async Task<SessionDevice> AllocateDeviceAndWaitAsync(
        this ISessionClient client,
        string sessionId,
        IEnumerable<MobileNextDeviceFilter> filters,
        SessionWaitOptions? options = null,
        IProgress<Session>? progress = null,
        CancellationToken cancellationToken = default)
    {
        await client.AllocateDeviceAsync(sessionId, filters, cancellationToken).ConfigureAwait(false);
        return await client.WaitForDeviceAsync(sessionId, options, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Releases every device of a session, which ends it (<c>releasedAt</c> set): reads the session
    /// (<c>GET /api/v1/sessions/{sessionId}</c>), releases each device it shows that is neither released nor still
    /// allocating (<c>POST /api/v1/sessions/{sessionId}/devices/{deviceId}/release</c>), waits for allocating ones to be
    /// ready so they can be released too, and reads again — the documented shapes show one device at a time — until
    /// none is left. A device that is already gone (404 on release) counts as released.
    /// </summary>
    /// <param name="client">A Mobile Next session client.</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="options">How to wait for devices still allocating; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the releases (those already sent stay done).</param>
    /// <returns>The session as last read: <see cref="SessionStatus.Released"/> once a device was released; unchanged when it never had one.</returns>
    /// <exception cref="InvalidOperationException">The session still showed devices after 64 rounds.</exception>
    /// <exception cref="SessionNotFoundException">The session does not exist.</exception>
    /// <exception cref="SessionClientException">Any other failure.</exception>
    public static async Task<Session> ReleaseAllDevicesAsync(
        this ISessionClient client,
        string sessionId,
        SessionWaitOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        SessionIdGuard.Validate(sessionId);
        var api = Api(client);
        for (var round = 0; round < MaxReleaseRounds; round++)
        {
            var session = await client.GetSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
            if (session.Status == SessionStatus.Released)
            {
                return session;
            }

            var releasable = session.Devices.Where(d => d.Id.Length > 0 && !Is(d, Released) && !Is(d, Allocating)).ToList();
            if (releasable.Count == 0)
            {
                if (!session.Devices.Any(d => Is(d, Allocating)))
                {
                    return session;
                }

                await client.WaitForDeviceAsync(sessionId, options, null, cancellationToken).ConfigureAwait(false);
                continue;
            }

            foreach (var device in releasable)
            {
                SessionIdGuard.Validate(device.Id, "deviceId");
                try
                {
                    await api.ReleaseDeviceAsync(sessionId, device.Id, cancellationToken).ConfigureAwait(false);
                }
                catch (SessionNotFoundException)
                {
                    // Released meanwhile; a session that is gone altogether fails the next read.
                }
            }
        }

        throw new InvalidOperationException($"Mobile Next session {sessionId} still showed devices after {MaxReleaseRounds} rounds of releases.");
    }

    private static SessionDevice? ReadyDevice(Session session) =>
        session.Devices.Any(d => Is(d, Allocating)) ? null : session.Devices.LastOrDefault(d => d.Id.Length > 0 && !Is(d, Released));

    private static bool Is(SessionDevice device, string status) => string.Equals(device.RawStatus, status, StringComparison.OrdinalIgnoreCase);

    private static IMobileNextSessionsApi Api(ISessionClient client) =>
        VendorClient.Require<IMobileNextSessionsApi>(client, "Mobile Next", "AddMobileNext");
}
