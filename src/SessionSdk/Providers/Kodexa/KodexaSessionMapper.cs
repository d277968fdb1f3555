using System.Globalization;
using System.Text.Json;

namespace SessionSdk.Providers.Kodexa;

/// <summary>Maps Kodexa's sessions into <see cref="Session"/>. Pure: the same input always gives the same output.</summary>
internal static class KodexaSessionMapper
{
    /// <summary>The <see cref="Session.Kind"/> of a Kodexa session.</summary>
    public const string SessionKind = "kodexa.session";

    /// <summary>The <see cref="Session.Kind"/> of a Kodexa orchestrator-agent session.</summary>
    public const string AgentSessionKind = "kodexa.orchestrator-agent-session";

    /// <summary>Maps a Kodexa session. Its <c>token</c> is a secret and stays only in <see cref="Session.RawRepresentation"/>.</summary>
    /// <param name="session">The vendor's session.</param>
    /// <param name="providerName">The registration name to stamp on the session.</param>
    /// <returns>The common session.</returns>
    /// <exception cref="SessionResponseException">The session has no id.</exception>
    public static Session ToSession(KodexaSession session, string providerName)
    {
        ArgumentNullException.ThrowIfNull(session);
        var organization = session.Organization;
        return new Session
        {
            Id = SessionResponses.RequireId(session.Id, providerName),
            ProviderName = providerName,
            Kind = SessionKind,
            Status = SessionStatusVocabulary.FromWord(session.State),   // OPEN → Active, CLOSED → Closed, and the shared words
            RawStatus = session.State,
            OrganizationId = session.OrganizationId ?? organization?.Id,
            OrganizationName = organization?.Name,
            CreatedAt = session.CreatedOn,
            UpdatedAt = session.UpdatedOn,
            LastActivityAt = session.LastAccessed,
            Version = Version(session.ChangeSequence),
            AdditionalProperties = session.Uuid is null && organization is null
                ? JsonProperties.Collect(session.AdditionalProperties)
                : new DeferredJsonProperties<KodexaSession>(session, AdditionalProperties),
            RawRepresentation = session,
        };
    }

    /// <summary>
    /// What <see cref="Session"/> has no slot for: the unknown fields, <c>uuid</c> and the whole <c>organization</c>
    /// object. Built when first read: turning the organization back into JSON is most of a mapping's cost.
    /// </summary>
    private static IReadOnlyDictionary<string, JsonElement> AdditionalProperties(KodexaSession session) =>
        JsonProperties.Collect(
            session.AdditionalProperties,
            ("uuid", JsonProperties.String(session.Uuid)),
            ("organization", session.Organization is { } organization ? JsonSerializer.SerializeToElement(organization, KodexaJsonContext.Default.KodexaOrganization) : null));

    /// <summary>Maps a Kodexa orchestrator-agent session.</summary>
    /// <param name="session">The vendor's agent session.</param>
    /// <param name="providerName">The registration name to stamp on the session.</param>
    /// <param name="now">The current time; a session past <c>expiresAt</c> whose status is not terminal is reported <see cref="SessionStatus.Expired"/>.</param>
    /// <returns>The common session.</returns>
    /// <exception cref="SessionResponseException">The session has no id.</exception>
    public static Session ToSession(KodexaOrchestratorAgentSession session, string providerName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        var status = SessionStatusVocabulary.FromWord(session.Status);
        if (session.ExpiresAt is { } expires && expires <= now && !status.IsTerminal)
        {
            status = SessionStatus.Expired;
        }

        return new Session
        {
            Id = SessionResponses.RequireId(session.Id, providerName),
            ProviderName = providerName,
            Kind = AgentSessionKind,
            Status = status,
            RawStatus = session.Status,
            OrganizationId = session.OrganizationId,
            CreatedAt = session.CreatedOn,
            UpdatedAt = session.UpdatedOn,
            LastActivityAt = session.LastInvokedAt,
            ExpiresAt = session.ExpiresAt,
            Version = Version(session.ChangeSequence),
            Metadata = JsonProperties.ObjectMembers(session.Metadata),
            AdditionalProperties = JsonProperties.Collect(
                session.AdditionalProperties,
                ("uuid", JsonProperties.String(session.Uuid)),
                ("agentRuntimeId", JsonProperties.String(session.AgentRuntimeId)),
                ("runtimeSessionId", JsonProperties.String(session.RuntimeSessionId)),
                ("metadata", JsonProperties.NonObject(session.Metadata))),
            RawRepresentation = session,
        };
    }

    private static string? Version(int? changeSequence) => changeSequence?.ToString(CultureInfo.InvariantCulture);
}
