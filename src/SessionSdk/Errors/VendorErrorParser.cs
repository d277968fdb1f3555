using System.Text;
using System.Text.Json;

namespace SessionSdk;

/// <summary>
/// Reads the error bodies the vendors document, by shape rather than by vendor:
/// <c>{"error":{"code","message"}}</c>, <c>{"detail":"…"}</c> and <c>{"detail":[{loc,msg,type}]}</c>,
/// <c>{"message","errors":{field→…}}</c> (Laravel and Spring <c>ExceptionResponse</c>), and problem+json
/// (<c>title</c>/<c>detail</c>). Anything else (HTML, empty, truncated) yields <see cref="VendorError.Empty"/>.
/// </summary>
internal static class VendorErrorParser
{
    private const int MaxMessageLength = 512;
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    public static VendorError Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return VendorError.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body, DocumentOptions);
            return document.RootElement.ValueKind == JsonValueKind.Object ? Read(document.RootElement) : VendorError.Empty;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or JSON that cannot be decoded (a lone surrogate in a property name): the status still decides.
            return VendorError.Empty;
        }
    }

    private static VendorError Read(JsonElement root)
    {
        string? code = null;
        string? message = null;
        var fields = new List<SessionFieldError>();

        if (TryGet(root, "error", out var error))
        {
            if (error.ValueKind == JsonValueKind.Object)
            {
                code = Text(error, "code") ?? Text(error, "type");
                message = Text(error, "message");
            }
            else if (error.ValueKind == JsonValueKind.String)
            {
                message = ReadString(error);
            }
        }

        if (TryGet(root, "detail", out var detail))
        {
            if (detail.ValueKind == JsonValueKind.String)
            {
                message ??= ReadString(detail);
            }
            else if (detail.ValueKind == JsonValueKind.Array)
            {
                ReadDetailArray(detail, fields);
                code ??= fields.Count > 0 ? "validation_error" : null;
            }
        }

        message ??= Text(root, "message") ?? Text(root, "title") ?? Text(root, "error_description");
        code ??= Text(root, "code") ?? Text(root, "errorCode");

        if (TryGet(root, "errors", out var errors))
        {
            ReadErrorsMap(errors, fields);
        }

        if (message is null && fields.Count > 0)
        {
            message = string.Join("; ", fields.Select(f => f.ToString()));
        }

        var incident = Text(root, "incidentId") ?? Text(root, "requestId") ?? Text(root, "request_id");
        return new VendorError(Cap(code), Cap(message), fields, Cap(incident));
    }

    private static void ReadDetailArray(JsonElement detail, List<SessionFieldError> fields)
    {
        foreach (var item in detail.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var location = TryGet(item, "loc", out var loc) ? JoinLocation(loc) : string.Empty;
            fields.Add(new SessionFieldError(location, Cap(Text(item, "msg")) ?? string.Empty, Text(item, "type")));
        }
    }

    private static void ReadErrorsMap(JsonElement errors, List<SessionFieldError> fields)
    {
        if (errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in errors.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.Array:
                        foreach (var item in property.Value.EnumerateArray())
                        {
                            fields.Add(new SessionFieldError(property.Name, Cap(Describe(item)) ?? string.Empty));
                        }

                        break;
                    default:
                        fields.Add(new SessionFieldError(property.Name, Cap(Describe(property.Value)) ?? string.Empty));
                        break;
                }
            }
        }
        else if (errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in errors.EnumerateArray())
            {
                var field = item.ValueKind == JsonValueKind.Object ? Text(item, "field") ?? Text(item, "name") ?? string.Empty : string.Empty;
                var text = item.ValueKind == JsonValueKind.Object ? Text(item, "message") ?? Text(item, "msg") ?? Describe(item) : Describe(item);
                fields.Add(new SessionFieldError(field, Cap(text) ?? string.Empty, item.ValueKind == JsonValueKind.Object ? Text(item, "code") : null));
            }
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ReadString(value) ?? string.Empty,
        JsonValueKind.Object => Text(value, "message") ?? Text(value, "defaultMessage") ?? Text(value, "msg") ?? value.GetRawText(),
        _ => value.GetRawText(),
    };

    private static string JoinLocation(JsonElement loc)
    {
        if (loc.ValueKind != JsonValueKind.Array)
        {
            return loc.ValueKind == JsonValueKind.String ? ReadString(loc) ?? string.Empty : loc.GetRawText();
        }

        var builder = new StringBuilder();
        foreach (var part in loc.EnumerateArray())
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(part.ValueKind == JsonValueKind.String ? ReadString(part) : part.GetRawText());
        }

        return builder.ToString();
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string? Text(JsonElement element, string name)
    {
        if (!TryGet(element, name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => ReadString(value),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    /// <summary>A string value; one that cannot be decoded (a lone surrogate escape such as <c>"\ud800"</c>, which Python servers emit) as its escaped JSON text.</summary>
    private static string? ReadString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return value.GetRawText().Trim('"');
        }
    }

    private static string? Cap(string? text) => text is { Length: > MaxMessageLength } ? text[..MaxMessageLength] + "…" : text;
}
