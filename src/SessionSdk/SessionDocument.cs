using System.Text.Json;

namespace SessionSdk;

/// <summary>A document attached to a session (Raydocs extraction sessions).</summary>
public sealed class SessionDocument
{
    /// <summary>Gets the document id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the file name.</summary>
    public string? FileName { get; init; }

    /// <summary>Gets the MIME type (Raydocs <c>mime</c> or <c>mime_type</c>).</summary>
    public string? MimeType { get; init; }

    /// <summary>Gets the size in bytes.</summary>
    public long? Size { get; init; }

    /// <summary>Gets the SHA-256 of the content, as the vendor sends it.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Gets the document's status exactly as the vendor sent it (the vendors' vocabularies differ).</summary>
    public string? RawStatus { get; init; }

    /// <summary>Gets the workspace the document belongs to, as a string whatever its JSON type.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>Gets when the document was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the vendor fields with no member of their own here. Never <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = Session.EmptyProperties;

    /// <summary>Gets the vendor's own object.</summary>
    public object? RawRepresentation { get; init; }
}
