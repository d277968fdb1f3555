using System.Text.Json;

namespace SessionSdk.Providers.MidPilot;

/// <summary>Maps midPilot's sessions into <see cref="Session"/>. Pure: the same input always gives the same output.</summary>
internal static class MidPilotSessionMapper
{
    /// <summary>The <see cref="Session.Kind"/> of a midPilot connector-generator session.</summary>
    public const string SessionKind = "midpilot.connector-session";

    /// <summary>
    /// Maps a midPilot session, in either generation. midPilot has no status, so <see cref="Session.Status"/> is
    /// <see cref="SessionStatus.Unknown"/>; <c>data</c> becomes <see cref="Session.Metadata"/> (<see langword="null"/> for
    /// the newer summary, which has none); timestamps that do not parse are <see langword="null"/> and are kept as sent in
    /// <see cref="Session.AdditionalProperties"/>; <c>message</c> and unknown fields go to <see cref="Session.AdditionalProperties"/>.
    /// </summary>
    /// <remarks>
    /// midPilot's OpenAPI types the GET answer as a free-form object with no required <c>sessionId</c>: a session without
    /// one takes <paramref name="requestedId"/>, the id it was read by — as long as it carries at least one of midPilot's
    /// session fields (<c>data</c>, <c>createdAt</c>, <c>updatedAt</c>, <c>message</c>); a body with none of them (<c>{}</c>,
    /// another API's object) is not a midPilot session.
    /// </remarks>
    /// <param name="session">The vendor's session.</param>
    /// <param name="providerName">The registration name to stamp on the session.</param>
    /// <param name="requestedId">The id the session was read by, used when the body carries none; <see langword="null"/> when unknown.</param>
    /// <returns>The common session.</returns>
    /// <exception cref="SessionResponseException">The session has no id, and none was asked for.</exception>
    public static Session ToSession(MidPilotSession session, string providerName, string? requestedId = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        var createdAt = LenientTimestamp.Parse(session.CreatedAt);
        var updatedAt = LenientTimestamp.Parse(session.UpdatedAt);
        return new Session
        {
            Id = SessionResponses.RequireId(string.IsNullOrWhiteSpace(session.SessionId) && LooksLikeASession(session) ? requestedId : session.SessionId, providerName, "sessionId"),
            ProviderName = providerName,
            Kind = SessionKind,
            Status = SessionStatus.Unknown,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
            Metadata = JsonProperties.ObjectMembers(session.Data),
            AdditionalProperties = JsonProperties.Collect(
                session.AdditionalProperties,
                ("message", JsonProperties.String(session.Message)),
                ("data", JsonProperties.NonObject(session.Data)),
                ("createdAt", Unparsed(session.CreatedAt, createdAt)),
                ("updatedAt", Unparsed(session.UpdatedAt, updatedAt))),
            RawRepresentation = session,
        };
    }

    private static bool LooksLikeASession(MidPilotSession session) =>
        session.Data is not null || session.CreatedAt is not null || session.UpdatedAt is not null || session.Message is not null;

    /// <summary>A timestamp that did not parse, kept as sent so it is not lost from the common model.</summary>
    private static JsonElement? Unparsed(string? raw, DateTimeOffset? parsed) =>
        parsed is null && !string.IsNullOrEmpty(raw) ? JsonProperties.String(raw) : null;
}
