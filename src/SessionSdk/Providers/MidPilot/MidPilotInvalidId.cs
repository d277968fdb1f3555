namespace SessionSdk.Providers.MidPilot;

/// <summary>
/// Makes midPilot's answer to a malformed id readable. The server takes only UUIDs and answers anything else with
/// 422 <c>{"detail":[{"loc":["path","session_id"],"msg":"Input should be a valid UUID…"}]}</c>, which names the
/// field but not the value; the rewritten exception keeps the field errors and says which id was refused.
/// </summary>
internal static class MidPilotInvalidId
{
    /// <summary>Whether a validation error is the server refusing the session id in the path.</summary>
    /// <param name="error">The error.</param>
    /// <param name="bodyless">Whether the response cannot carry a body (HEAD), so a bare 422 can only be about the id.</param>
    public static bool IsAboutSessionId(SessionValidationException error, bool bodyless = false) =>
        error.FieldErrors.Any(f => f.Field.EndsWith("session_id", StringComparison.OrdinalIgnoreCase))
        || (bodyless && error.FieldErrors.Count == 0 && error.StatusCode == System.Net.HttpStatusCode.UnprocessableEntity);

    public static SessionValidationException Rewrite(SessionValidationException error, string sessionId) =>
        SessionExceptionFactory.InvalidSessionId(error, sessionId, "midPilot", "123e4567-e89b-12d3-a456-426614174000");
}
