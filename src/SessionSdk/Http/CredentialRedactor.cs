using System.Text;

namespace SessionSdk;

/// <summary>
/// The credentials sent on one request, so that whatever the vendor echoes back (a 401 body quoting the key) is
/// redacted from the exception: each value, and its URL-encoded, Base64 and JSON-escaped forms. Never prints a value itself.
/// </summary>
internal sealed class CredentialRedactor
{
    private const string Mask = "***";
    private readonly List<string> _forms = [];

    public void Add(string secret)
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
        var json = System.Text.Json.JsonEncodedText.Encode(secret).ToString();
        var relaxedJson = System.Text.Json.JsonEncodedText.Encode(secret, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        foreach (var form in new[] { secret, Uri.EscapeDataString(secret), base64, base64.TrimEnd('='), json, relaxedJson })
        {
            if (form.Length > 0 && !_forms.Contains(form))
            {
                _forms.Add(form);
            }
        }

        // Longest first, so a shorter form inside a longer one cannot leave the rest of it behind.
        _forms.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

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

    public override string ToString() => $"CredentialRedactor({_forms.Count} forms, ***)";
}
