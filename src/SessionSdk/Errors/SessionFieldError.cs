namespace SessionSdk;

/// <summary>One field the vendor rejected.</summary>
public sealed class SessionFieldError
{
    /// <summary>Creates the field error.</summary>
    /// <param name="field">The field's name or path as the vendor gave it (for example <c>path.session_id</c>).</param>
    /// <param name="message">Why the vendor rejected it.</param>
    /// <param name="code">The vendor's code for the error (for example <c>uuid_parsing</c>), or <see langword="null"/>.</param>
    public SessionFieldError(string field, string message, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(message);
        Field = field;
        Message = message;
        Code = code;
    }

    /// <summary>Gets the field's name or path as the vendor gave it.</summary>
    public string Field { get; }

    /// <summary>Gets why the vendor rejected the field.</summary>
    public string Message { get; }

    /// <summary>Gets the vendor's code for the error, or <see langword="null"/>.</summary>
    public string? Code { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
