namespace SessionSdk.Providers.MidPilot;

/// <summary>midPilot-only conveniences over a midPilot <see cref="ISessionClient"/>.</summary>
public static class MidPilotSessionClientExtensions
{
    /// <summary>
    /// Checks whether a session exists (<c>HEAD /api/v1/session/{session_id}</c>): 204 → <see langword="true"/>,
    /// 404 → <see langword="false"/>. midPilot cannot list sessions, so keep the ids you create and check them with this.
    /// </summary>
    /// <param name="client">A midPilot session client (from <c>AddMidPilot(…)</c>).</param>
    /// <param name="sessionId">The session id, a UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the server has the session.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty, whitespace, <c>.</c>, <c>..</c>, too long or has control characters (no request is sent); or <paramref name="client"/> is not a midPilot client.</exception>
    /// <exception cref="SessionValidationException">The server refused the id (HTTP 422): it is not a UUID.</exception>
    /// <exception cref="SessionClientException">Any other failure reported by the server or the transport.</exception>
    public static Task<bool> SessionExistsAsync(this ISessionClient client, string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        SessionIdGuard.Validate(sessionId);
        var api = client.GetService(typeof(IMidPilotSessionsApi)) as IMidPilotSessionsApi
            ?? throw new ArgumentException($"Session client '{client.Metadata.ProviderName}' ({client.Metadata.Kind}) is not a midPilot client.", nameof(client));
        return ExistsAsync(api, sessionId, cancellationToken);
    }

    /// <summary>HEAD: 204 → true, 404 → false; a 422 (no body on HEAD, so only the id can be wrong) names the id.</summary>
    internal static async Task<bool> ExistsAsync(IMidPilotSessionsApi api, string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await api.SessionExistsAsync(sessionId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SessionNotFoundException)
        {
            return false;
        }
        catch (SessionValidationException e) when (MidPilotInvalidId.IsAboutSessionId(e, bodyless: true))
        {
            throw MidPilotInvalidId.Rewrite(e, sessionId);
        }
    }
}
