namespace SessionSdk.Providers.MobileNext;

/// <summary>Mobile Next's device calls on a session client registered with <c>AddMobileNext(…)</c>.</summary>
public static class MobileNextSessionClientExtensions
{
    /// <summary>Asks for a device matching every filter, for a session (<c>POST /api/v1/sessions/{sessionId}/devices</c>).</summary>
    /// <param name="client">A Mobile Next session client.</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="filters">The criteria, for example <c>new MobileNextDeviceFilter(MobileNextDeviceAttributes.Platform, MobileNextDeviceFilterOperators.EqualTo, "ios")</c>; none lets the vendor choose any device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The allocation; its <see cref="MobileNextDeviceAllocation.State"/> is <c>allocating</c> until the device is ready (read the session to see it).</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is not a usable id, or a filter is null or lacks its attribute, operator or value. No request is sent.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="client"/> is not a Mobile Next client.</exception>
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
    /// <exception cref="InvalidOperationException"><paramref name="client"/> is not a Mobile Next client.</exception>
    /// <exception cref="SessionNotFoundException">The vendor has no such session or device.</exception>
    /// <exception cref="SessionClientException">Any other failure reported by the vendor or the transport.</exception>
    public static Task ReleaseDeviceAsync(this ISessionClient client, string sessionId, string deviceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        SessionIdGuard.Validate(sessionId);
        SessionIdGuard.Validate(deviceId, nameof(deviceId));
        return Api(client).ReleaseDeviceAsync(sessionId, deviceId, cancellationToken);
    }

    private static IMobileNextSessionsApi Api(ISessionClient client) =>
        client.GetService<IMobileNextSessionsApi>()
        ?? throw new InvalidOperationException($"Session client '{client.Metadata.ProviderName}' is not a Mobile Next client; resolve the one registered by AddMobileNext.");
}
