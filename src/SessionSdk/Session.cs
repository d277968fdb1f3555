using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk;

/// <summary>
/// A vendor's session mapped into one provider-neutral model. Members a vendor does not have are
/// <see langword="null"/> (or empty); whatever a vendor sends that has no member here is in
/// <see cref="AdditionalProperties"/>, and the vendor's own object is in <see cref="RawRepresentation"/>.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share. <see cref="ToString"/> never prints secrets such as a
/// Kodexa session token; such values are reachable only through the vendor object in
/// <see cref="RawRepresentation"/>.
/// </remarks>
public sealed class Session
{
    /// <summary>Gets the vendor's id of the session.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the registration name of the provider the session came from, for example <c>kodexa</c>.</summary>
    public required string ProviderName { get; init; }

    /// <summary>Gets the id qualified by provider, <c>{ProviderName}/{Id}</c>; the composite client routes by it.</summary>
    public string QualifiedId => ProviderName + "/" + Id;

    /// <summary>Gets the kind of session, for example <c>kodexa.session</c> or <c>mobilenext.device-session</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the normalized status; <see cref="SessionStatus.Unknown"/> when the vendor sent none or one with no known meaning.</summary>
    public SessionStatus Status { get; init; } = SessionStatus.Unknown;

    /// <summary>Gets the status exactly as the vendor sent it, or <see langword="null"/> when it sent none.</summary>
    public string? RawStatus { get; init; }

    /// <summary>Gets the display name, where the vendor has one.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the id of the organization (tenant) owning the session, as a string whatever its JSON type.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>Gets the organization's display name, where the vendor sends it.</summary>
    public string? OrganizationName { get; init; }

    /// <summary>Gets the id of the user who created the session.</summary>
    public string? UserId { get; init; }

    /// <summary>Gets when the session was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the session was last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets when the session was last used (Kodexa <c>lastAccessed</c> / <c>lastInvokedAt</c>).</summary>
    public DateTimeOffset? LastActivityAt { get; init; }

    /// <summary>Gets when the session expires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Gets when the session ended (Mobile Next <c>releasedAt</c>).</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Gets the optimistic-concurrency version (Kodexa <c>changeSequence</c>), to pass back as <see cref="UpdateSessionRequest.ExpectedVersion"/>.</summary>
    public string? Version { get; init; }

    /// <summary>Gets the vendor's free-form session data (Kodexa agent <c>metadata</c>, Raydocs <c>settings</c>, midPilot <c>data</c>), or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }

    /// <summary>Gets the documents attached to the session (Raydocs); empty elsewhere.</summary>
    public IReadOnlyList<SessionDocument> Documents { get; init; } = [];

    /// <summary>Gets the results the session produced (Raydocs); empty elsewhere.</summary>
    public IReadOnlyList<SessionResult> Results { get; init; } = [];

    /// <summary>Gets the devices allocated to the session (Mobile Next); empty elsewhere.</summary>
    public IReadOnlyList<SessionDevice> Devices { get; init; } = [];

    /// <summary>Gets the vendor fields that have no member of their own here, by the vendor's JSON name. Never <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = EmptyProperties;

    /// <summary>Gets the vendor's own object (for example <c>KodexaSession</c>), for anything the common model leaves out.</summary>
    /// <remarks>Never serialized: it can hold secrets (a Kodexa session <c>token</c>) that a <see cref="Session"/> returned from an endpoint or logged as an object must not carry.</remarks>
    [JsonIgnore]
    public object? RawRepresentation { get; init; }

    internal static IReadOnlyDictionary<string, JsonElement> EmptyProperties { get; } = new Dictionary<string, JsonElement>(0);

    /// <inheritdoc />
    public override string ToString() => $"{QualifiedId} ({Kind}) {RawStatus ?? Status.Value}" + (Name is null ? string.Empty : $" \"{Name}\"");
}
