using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk;

/// <summary>
/// The normalized state of a session. An open set: the well-known values below cover what the vendors
/// document, and a value a vendor invents later never throws — it maps to <see cref="Unknown"/> while
/// <see cref="Session.RawStatus"/> keeps the vendor's own word. Serializes to JSON as its string (<c>"active"</c>).
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct SessionStatus : IEquatable<SessionStatus>
{
    private readonly string? _value;

    /// <summary>Creates a status with the given value.</summary>
    /// <param name="value">The status value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or whitespace.</exception>
    public SessionStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The vendor reported no status, or one with no well-known meaning.</summary>
    public static SessionStatus Unknown { get; } = new("unknown");

    /// <summary>Created, waiting for work (Raydocs <c>pending</c>).</summary>
    public static SessionStatus Pending { get; } = new("pending");

    /// <summary>Open and usable (Kodexa <c>OPEN</c>; a Mobile Next session whose devices are not released).</summary>
    public static SessionStatus Active { get; } = new("active");

    /// <summary>Work is in progress (Raydocs <c>processing</c>).</summary>
    public static SessionStatus Running { get; } = new("running");

    /// <summary>Work finished successfully (Raydocs <c>completed</c>).</summary>
    public static SessionStatus Completed { get; } = new("completed");

    /// <summary>Work failed (Raydocs <c>failed</c>).</summary>
    public static SessionStatus Failed { get; } = new("failed");

    /// <summary>Closed by the user or the vendor (Kodexa <c>CLOSED</c>).</summary>
    public static SessionStatus Closed { get; } = new("closed");

    /// <summary>Its resources were given back (Mobile Next <c>releasedAt</c> set).</summary>
    public static SessionStatus Released { get; } = new("released");

    /// <summary>Past its expiry time.</summary>
    public static SessionStatus Expired { get; } = new("expired");

    /// <summary>Gets the normalized value, lower case for the well-known ones.</summary>
    public string Value => _value ?? "unknown";

    /// <summary>Gets whether the session has reached a state it will not leave (completed, failed, closed, released, expired).</summary>
    public bool IsTerminal => this == Completed || this == Failed || this == Closed || this == Released || this == Expired;

    /// <summary>Compares two statuses case-insensitively.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> when both have the same value.</returns>
    public static bool operator ==(SessionStatus left, SessionStatus right) => left.Equals(right);

    /// <summary>Compares two statuses case-insensitively.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> when the values differ.</returns>
    public static bool operator !=(SessionStatus left, SessionStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SessionStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SessionStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Writes a <see cref="SessionStatus"/> as its string (<c>"active"</c>) and reads it back; <see langword="null"/> or an empty string reads as <see cref="Unknown"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class Converter : JsonConverter<SessionStatus>
    {
        /// <inheritdoc />
        public override bool HandleNull => true;

        /// <inheritdoc />
        public override SessionStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Null => Unknown,
            JsonTokenType.String => reader.GetString() is { } value && !string.IsNullOrWhiteSpace(value) ? new SessionStatus(value) : Unknown,
            _ => throw new JsonException($"A session status is a JSON string, not {reader.TokenType}."),
        };

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, SessionStatus value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value.Value);
        }
    }
}
