using System.Text;

namespace SessionSdk;

/// <summary>
/// The credentials sent on one request, so that whatever the vendor echoes back (a 401 body quoting the key) is
/// redacted from the exception: each value, and its URL-encoded, Base64 and JSON-escaped forms. Immutable: built once
/// per credential value (<see cref="For"/>) and shared by every request that sends it. Never prints a value itself.
/// </summary>
internal sealed class CredentialRedactor
{
    private const string Mask = "***";

    /// <summary>Longest first, so a shorter form inside a longer one cannot leave the rest of it behind.</summary>
    private readonly string[] _forms;

    private CredentialRedactor(string[] forms)
    {
        _forms = forms;
    }

    /// <summary>The redactor for one credential value.</summary>
    public static CredentialRedactor For(string secret)
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
        var json = System.Text.Json.JsonEncodedText.Encode(secret).ToString();
        var relaxedJson = System.Text.Json.JsonEncodedText.Encode(secret, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        return new CredentialRedactor(Sorted([secret, Uri.EscapeDataString(secret), base64, base64.TrimEnd('='), json, relaxedJson]));
    }

    /// <summary>A redactor for the values of both (a request retried after a credential refresh sent two).</summary>
    public CredentialRedactor Including(CredentialRedactor other) =>
        ReferenceEquals(this, other) ? this : new CredentialRedactor(Sorted([.. _forms, .. other._forms]));

    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var form in _forms)
        {
            text = text.Replace(form, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    public VendorError Redact(VendorError error) => new(
        Redact(error.Code),
        Redact(error.Message),
        error.FieldErrors.Select(f => new SessionFieldError(Redact(f.Field) ?? string.Empty, Redact(f.Message) ?? string.Empty, Redact(f.Code))).ToArray(),
        Redact(error.IncidentId));

    public override string ToString() => $"CredentialRedactor({_forms.Length} forms, ***)";

    private static string[] Sorted(IEnumerable<string> forms)
    {
        var distinct = forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(distinct, (a, b) => b.Length.CompareTo(a.Length));
        return distinct;
    }
}
