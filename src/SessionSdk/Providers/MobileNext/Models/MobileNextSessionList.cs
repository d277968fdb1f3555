using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MobileNext;

/// <summary>
/// A page of Mobile Next sessions. Read from every shape the vendor is known to send:
/// <c>{"object":"list","data":[…],"nextCursor"}</c> (grouped docs page), <c>{"sessions":[…],"nextCursor"}</c>
/// (per-endpoint pages), <c>{"data":[…],"nextCursor"}</c> (the vendor's own client) and, tolerantly, a bare array
/// (read into <see cref="Data"/>). Names are matched case-insensitively; a known name with an unexpected type is kept
/// in <see cref="AdditionalProperties"/> rather than failing the page. Use <see cref="Items"/> whatever the shape.
/// </summary>
[JsonConverter(typeof(MobileNextSessionListConverter))]
public sealed class MobileNextSessionList
{
    /// <summary>Gets or sets the object type, <c>list</c> in the grouped docs page's shape.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>Gets or sets the sessions, when the vendor sent them as <c>data</c> (or as a bare array).</summary>
    [JsonPropertyName("data")]
    public List<MobileNextSession>? Data { get; set; }

    /// <summary>Gets or sets the sessions, when the vendor sent them as <c>sessions</c>.</summary>
    [JsonPropertyName("sessions")]
    public List<MobileNextSession>? Sessions { get; set; }

    /// <summary>
    /// Gets or sets the cursor for the next page, to send back as <c>before</c> exactly as received. <see langword="null"/>
    /// (sent as null, or absent) means this is the last page.
    /// </summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; set; }

    /// <summary>Gets or sets fields this type does not declare, kept so nothing the vendor sends is lost.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets the sessions on this page, whichever envelope carried them; empty when none did.</summary>
    [JsonIgnore]
    public IReadOnlyList<MobileNextSession> Items => Data ?? Sessions ?? (IReadOnlyList<MobileNextSession>)[];

    /// <inheritdoc />
    public override string ToString() => $"MobileNextSessionList ({Items.Count} sessions, {(NextCursor is null ? "last page" : "more")})";
}
