using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace SessionSdk;

/// <summary>Small checks every session client makes on what came back, and on what the caller handed in.</summary>
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
            : throw new SessionResponseException($"{providerName} returned a session without {(field == "id" ? "an id" : "a " + field)}.") { ProviderName = providerName };

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
            throw new SessionResponseException(e.Message) { ProviderName = providerName, Operation = operation, StatusCode = e.StatusCode };
        }
    }

    /// <summary>Parses a page-number continuation token, failing clearly on one from elsewhere.</summary>
    public static int ParsePageToken(string token, string providerName)
    {
        if (!int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) || page < 0)
        {
            throw new ArgumentException($"'{Truncate(token)}' is not a continuation token from provider '{providerName}'.", "query");
        }

        return page;
    }

    /// <summary>Builds a vendor DTO from a JSON object the caller assembled, failing with <see cref="ArgumentException"/> on wrong types.</summary>
    public static T FromJson<T>(JsonObject json, JsonTypeInfo<T> typeInfo, string parameterName)
        where T : class
    {
        try
        {
            return json.Deserialize(typeInfo) ?? throw new ArgumentException("The request produced an empty body.", parameterName);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The request has a value of the wrong type{(e.Path is { Length: > 0 } path ? " at " + path : string.Empty)}.", parameterName, e);
        }
    }

    /// <summary>Validates an optional page size.</summary>
    public static int? PageSize(SessionQuery query, int max)
    {
        if (query.PageSize is { } size && (size < 1 || size > max))
        {
            throw new ArgumentOutOfRangeException(nameof(query), size, $"PageSize must be between 1 and {max}.");
        }

        return query.PageSize;
    }

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
