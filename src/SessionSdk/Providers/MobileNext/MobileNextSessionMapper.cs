using System.Text.Json;

namespace SessionSdk.Providers.MobileNext;

/// <summary>
/// Maps Mobile Next's sessions into <see cref="Session"/>, whichever of the vendor's shapes they came in. Pure: the
/// same input always gives the same output.
/// </summary>
/// <remarks>
/// Where both aliases of a field are present (<c>id</c> and <c>sessionId</c>, say) the first named wins and the other
/// is kept in <see cref="Session.AdditionalProperties"/>, so nothing is dropped. The vendor has no status field:
/// <see cref="Session.RawStatus"/> stays <see langword="null"/> and <see cref="Session.Status"/> is derived — see
/// <see cref="ToSession"/>.
/// </remarks>
internal static class MobileNextSessionMapper
{
    /// <summary>The <see cref="Session.Kind"/> of a Mobile Next device session.</summary>
    public const string SessionKind = "mobilenext.device-session";

    private const string ReleasedWord = "released";

    /// <summary>Maps a Mobile Next session.</summary>
    /// <param name="session">The vendor's session.</param>
    /// <param name="providerName">The registration name to stamp on the session.</param>
    /// <returns>
    /// The common session. <see cref="Session.Status"/> is <see cref="SessionStatus.Released"/> (with
    /// <see cref="Session.EndedAt"/>) when <c>releasedAt</c> is set, and also when it is missing but the session lists
    /// devices and every one reports status <c>released</c> (the shape the vendor's client reads carries no times);
    /// otherwise <see cref="SessionStatus.Active"/>.
    /// </returns>
    /// <exception cref="SessionResponseException">The session has neither <c>id</c> nor <c>sessionId</c>.</exception>
    public static Session ToSession(MobileNextSession session, string providerName)
    {
        ArgumentNullException.ThrowIfNull(session);
        var devices = ToDevices(session);
        var released = session.ReleasedAt is not null
            || (devices.Count > 0 && devices.All(d => string.Equals(d.RawStatus, ReleasedWord, StringComparison.OrdinalIgnoreCase)));

        return new Session
        {
            Id = SessionResponses.RequireId(session.Id ?? session.SessionId, providerName),
            ProviderName = providerName,
            Kind = SessionKind,
            Status = released ? SessionStatus.Released : SessionStatus.Active,
            RawStatus = null,
            OrganizationId = session.Organization ?? session.OrganizationId,
            UserId = session.User ?? session.UserId,
            CreatedAt = LenientTimestamp.Parse(session.CreatedAt),
            EndedAt = LenientTimestamp.Parse(session.ReleasedAt),
            Devices = devices,
            AdditionalProperties = JsonProperties.Collect(
                session.AdditionalProperties,
                ("sessionId", Shadowed(session.Id, session.SessionId)),
                ("organizationId", Shadowed(session.Organization, session.OrganizationId)),
                ("userId", Shadowed(session.User, session.UserId))),
            RawRepresentation = session,
        };
    }

    /// <summary>Maps one device of a session.</summary>
    /// <param name="device">The vendor's device.</param>
    /// <returns>
    /// The common device. Its <see cref="SessionDevice.Id"/> is <c>id</c>, else <c>deviceId</c>, else <c>info.serial</c>,
    /// else empty (the device is still listed). <c>info</c>, an id alias that lost, and unknown fields are in
    /// <see cref="SessionDevice.AdditionalProperties"/>.
    /// </returns>
    public static SessionDevice ToDevice(MobileNextDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new SessionDevice
        {
            Id = device.Id ?? device.DeviceId ?? device.Info?.Serial ?? string.Empty,
            Platform = device.Platform,
            Type = device.Type,
            Name = device.Name,
            OsVersion = device.OsVersion,
            RawStatus = device.Status,
            AdditionalProperties = JsonProperties.Collect(
                device.AdditionalProperties,
                ("deviceId", Shadowed(device.Id, device.DeviceId)),
                ("info", device.Info is null ? null : JsonSerializer.SerializeToElement(device.Info, MobileNextJsonContext.Default.MobileNextDeviceInfo))),
            RawRepresentation = device,
        };
    }

    private static List<SessionDevice> ToDevices(MobileNextSession session)
    {
        var devices = new List<SessionDevice>((session.Device is null ? 0 : 1) + (session.Devices?.Count ?? 0));
        if (session.Device is { } single)
        {
            devices.Add(ToDevice(single));
        }

        foreach (var device in session.Devices ?? [])
        {
            if (device is not null)
            {
                devices.Add(ToDevice(device));
            }
        }

        return devices;
    }

    /// <summary>The second alias of a field, as JSON, when the first one is also present (so it is not lost).</summary>
    private static JsonElement? Shadowed(string? winner, string? other) =>
        winner is not null && other is not null ? JsonProperties.String(other) : null;
}
