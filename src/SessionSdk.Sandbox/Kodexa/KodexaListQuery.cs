using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Kodexa;

/// <summary>
/// Kodexa's list parameters: 1-based <c>page</c> (default 1; below 1 reads page 1, as Spring's one-indexed resolver
/// does), <c>pageSize</c> (default 20, 1–1000; larger is capped at 1000), repeatable <c>sort=field,asc|desc</c>,
/// <c>filter</c> (a minimal RSQL: <c>field==value</c> / <c>field!=value</c> joined by <c>;</c> or <c>and</c>, dotted
/// paths and <c>*</c> wildcards; other terms are ignored) and <c>query</c> (case-insensitive text search, <c>*</c> = all).
/// </summary>
internal sealed class KodexaListQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 1000;

    private KodexaListQuery()
    {
    }

    public int Page { get; private init; } = 1;

    public int PageSize { get; private init; } = DefaultPageSize;

    public IReadOnlyList<(string Field, bool Descending)> Sort { get; private init; } = [];

    public IReadOnlyList<(string Path, string Pattern, bool Negate)> Filters { get; private init; } = [];

    public string? Text { get; private init; }

    public static KodexaListQuery Parse(HttpRequest request, List<(string Field, string Message, JsonNode? Rejected)> problems)
    {
        var page = 1;
        if (SandboxHttp.Query(request.HttpContext, "page") is { } pageText)
        {
            if (!int.TryParse(pageText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out page))
            {
                problems.Add(("page", "must be an integer", pageText));
            }

            page = Math.Max(page, 1);
        }

        var pageSize = DefaultPageSize;
        if (SandboxHttp.Query(request.HttpContext, "pageSize") is { } sizeText)
        {
            if (!int.TryParse(sizeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1)
            {
                problems.Add(("pageSize", "must be an integer between 1 and 1000", sizeText));
            }

            pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        }

        var sort = new List<(string, bool)>();
        foreach (var value in request.Query["sort"])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var parts = value.Split(',', StringSplitOptions.TrimEntries);
            var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            if (parts.Length > 2 || parts[0].Length == 0 || (parts.Length == 2 && !descending && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(("sort", "must be 'field' or 'field,asc' or 'field,desc'", value));
                continue;
            }

            sort.Add((parts[0], descending));
        }

        var query = SandboxHttp.Query(request.HttpContext, "query");
        return new KodexaListQuery
        {
            Page = page,
            PageSize = pageSize,
            Sort = sort,
            Filters = ParseFilter(SandboxHttp.Query(request.HttpContext, "filter")),
            Text = string.IsNullOrWhiteSpace(query) || query.Trim() == "*" ? null : query.Trim(),
        };
    }

    public bool Matches(JsonObject item)
    {
        foreach (var (path, pattern, negate) in Filters)
        {
            var value = Resolve(item, path);
            var text = value is JsonValue v && v.GetValueKind() != JsonValueKind.Null ? (v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()) : null;
            if (WildcardMatch(text, pattern) == negate)
            {
                return false;
            }
        }

        if (Text is null)
        {
            return true;
        }

        foreach (var (name, value) in item)
        {
            if (name != "token" && value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                && v.GetValue<string>().Contains(Text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public int Compare(JsonObject left, JsonObject right)
    {
        foreach (var (field, descending) in Sort)
        {
            var result = CompareValues(Resolve(left, field), Resolve(right, field));
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        return 0;
    }

    private static List<(string, string, bool)> ParseFilter(string? filter)
    {
        var terms = new List<(string, string, bool)>();
        if (string.IsNullOrWhiteSpace(filter))
        {
            return terms;
        }

        foreach (var term in filter.Replace(" and ", ";", StringComparison.OrdinalIgnoreCase).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var negate = term.Contains("!=", StringComparison.Ordinal);
            var parts = term.Split(negate ? "!=" : "==", 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Length > 0)
            {
                terms.Add((parts[0], parts[1].Trim('\'', '"'), negate));
            }
        }

        return terms;
    }

    private static JsonNode? Resolve(JsonObject item, string path)
    {
        JsonNode? current = item;
        foreach (var segment in path.Split('.'))
        {
            current = current is JsonObject obj ? obj[segment] : null;
        }

        return current;
    }

    private static bool WildcardMatch(string? text, string pattern)
    {
        if (text is null)
        {
            return false;
        }

        var starts = pattern.EndsWith('*');
        var ends = pattern.StartsWith('*');
        var core = pattern.Trim('*');
        return (starts, ends) switch
        {
            (true, true) => text.Contains(core, StringComparison.OrdinalIgnoreCase),
            (true, false) => text.StartsWith(core, StringComparison.OrdinalIgnoreCase),
            (false, true) => text.EndsWith(core, StringComparison.OrdinalIgnoreCase),
            _ => string.Equals(text, core, StringComparison.OrdinalIgnoreCase),
        };
    }

    private static int CompareValues(JsonNode? left, JsonNode? right)
    {
        // Missing values sort last in either direction's ascending form, like SQL NULLS LAST.
        if (left is not JsonValue l || l.GetValueKind() == JsonValueKind.Null)
        {
            return right is not JsonValue r0 || r0.GetValueKind() == JsonValueKind.Null ? 0 : 1;
        }

        if (right is not JsonValue r || r.GetValueKind() == JsonValueKind.Null)
        {
            return -1;
        }

        if (l.GetValueKind() == JsonValueKind.Number && r.GetValueKind() == JsonValueKind.Number)
        {
            return double.Parse(l.ToJsonString(), CultureInfo.InvariantCulture).CompareTo(double.Parse(r.ToJsonString(), CultureInfo.InvariantCulture));
        }

        var a = l.GetValueKind() == JsonValueKind.String ? l.GetValue<string>() : l.ToJsonString();
        var b = r.GetValueKind() == JsonValueKind.String ? r.GetValue<string>() : r.ToJsonString();
        if (SandboxTimestamps.TryParse(a, out var at) && SandboxTimestamps.TryParse(b, out var bt) && a.Contains('T', StringComparison.Ordinal))
        {
            return at.CompareTo(bt);
        }

        return string.CompareOrdinal(a, b);
    }
}
