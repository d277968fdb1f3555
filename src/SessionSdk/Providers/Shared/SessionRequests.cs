using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace SessionSdk;

/// <summary>Small checks every session client makes on what the caller handed in, before any request.</summary>
internal static class SessionRequests
{
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

    /// <summary>Refuses a request member the vendor does not take, before any request.</summary>
    /// <param name="isSet">Whether the caller set the member.</param>
    /// <param name="vendor">The vendor, for the message (for example <c>Mobile Next</c>).</param>
    /// <param name="member">The member, for example <c>CreateSessionRequest.Name</c>.</param>
    /// <param name="why">Why the vendor cannot take it, and what to do instead.</param>
    /// <param name="parameterName">The request parameter's name.</param>
    /// <exception cref="ArgumentException"><paramref name="isSet"/> is <see langword="true"/>.</exception>
    public static void Reject(bool isSet, string vendor, string member, string why, string parameterName = "request")
    {
        if (isSet)
        {
            throw SessionExceptionFactory.MemberNotTaken(vendor, member, why, parameterName);
        }
    }

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
