namespace SessionSdk;

/// <summary>Small checks every session client makes on what came back from its vendor.</summary>
internal static class SessionResponses
{
    /// <summary>Fails with a typed response error when a success response had no body (Refit yields <see langword="null"/> then).</summary>
    public static T Require<T>(T? value, string providerName, string operation)
        where T : class =>
        value ?? throw SessionExceptionFactory.UnreadableResponse(providerName, operation, null, "the body is empty");

    /// <summary>The id a mapped session must have; a session without one is an unreadable response, not a crash.</summary>
    public static string RequireId(string? id, string providerName, string field = "id") =>
        !string.IsNullOrWhiteSpace(id)
            ? id
            : throw SessionExceptionFactory.MissingId(providerName, operation: null, field);

    /// <summary>
    /// Checks a success body is there and maps it, naming the operation on a body the mapper cannot use
    /// (a pure mapper does not know which call it serves).
    /// </summary>
    public static Session Map<T>(T? value, string providerName, string operation, Func<T, Session> map)
        where T : class =>
        Map(value, providerName, operation, map, static (body, map) => map(body));

    /// <summary>As <see cref="Map{T}(T, string, string, Func{T, Session})"/>, with the mapper's state passed along rather than captured (no closure per session).</summary>
    public static Session Map<T, TState>(T? value, string providerName, string operation, TState state, Func<T, TState, Session> map)
        where T : class
    {
        var body = Require(value, providerName, operation);
        try
        {
            return map(body, state);
        }
        catch (SessionResponseException e) when (e.Operation is null)
        {
            throw SessionExceptionFactory.InOperation(e, providerName, operation);
        }
    }
}
