using System.Text.Json;

namespace SessionSdk;

/// <summary>A result produced by a session (Raydocs extraction results).</summary>
public sealed class SessionResult
{
    /// <summary>Gets the result id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the result's status exactly as the vendor sent it (three vocabularies are documented).</summary>
    public string? RawStatus { get; init; }

    /// <summary>Gets the title, where the vendor sends one.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the extracted data, or <see langword="null"/>.</summary>
    public JsonElement? Data { get; init; }

    /// <summary>Gets the audit trail behind the data (Raydocs <c>audit_data</c> or the older <c>reasoning</c>), or <see langword="null"/>.</summary>
    public JsonElement? AuditData { get; init; }

    /// <summary>Gets when the result was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the result was completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Gets the vendor fields with no member of their own here. Never <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = Session.EmptyProperties;

    /// <summary>Gets the vendor's own object.</summary>
    public object? RawRepresentation { get; init; }
}
