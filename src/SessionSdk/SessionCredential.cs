namespace SessionSdk;

/// <summary>
/// A credential (API key or bearer token) handed out by a rotating-credential callback, with when it stops being
/// valid. Its value never appears in <see cref="ToString"/>.
/// </summary>
public sealed class SessionCredential
{
    /// <summary>Creates a credential.</summary>
    /// <param name="value">The secret value, without any scheme such as <c>Bearer</c>.</param>
    /// <param name="expiresAt">When it stops being valid, or <see langword="null"/> when it does not expire.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or whitespace.</exception>
    public SessionCredential(string value, DateTimeOffset? expiresAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
        ExpiresAt = expiresAt;
    }

    /// <summary>Gets the secret value.</summary>
    public string Value { get; }

    /// <summary>Gets when the credential stops being valid; the SDK asks for a new one shortly before.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <inheritdoc />
    public override string ToString() => ExpiresAt is { } at ? $"SessionCredential(***, expires {at:O})" : "SessionCredential(***)";
}
