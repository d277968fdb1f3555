using System.Text.Json.Nodes;

namespace SessionSdk.Sandbox.Kodexa;

/// <summary>
/// Builds a Spring Data page: <c>content, pageable, last, totalPages, totalElements, size, number, sort, first,
/// numberOfElements, empty</c>. <c>number</c> and <c>pageable.pageNumber</c> echo the requested 1-based page.
/// </summary>
internal static class KodexaPage
{
    public static JsonObject Create(IReadOnlyList<JsonObject> matches, KodexaListQuery query)
    {
        var total = matches.Count;
        var totalPages = (total + query.PageSize - 1) / query.PageSize;
        var offset = (long)(query.Page - 1) * query.PageSize;
        var content = new JsonArray();
        foreach (var item in matches.Skip((int)Math.Min(offset, int.MaxValue)).Take(query.PageSize))
        {
            content.Add(item);
        }

        return new JsonObject
        {
            ["content"] = content,
            ["pageable"] = new JsonObject
            {
                ["sort"] = Sort(query),
                ["offset"] = offset,
                ["pageNumber"] = query.Page,
                ["pageSize"] = query.PageSize,
                ["paged"] = true,
                ["unpaged"] = false,
            },
            ["last"] = query.Page >= totalPages,
            ["totalPages"] = totalPages,
            ["totalElements"] = (long)total,
            ["size"] = query.PageSize,
            ["number"] = query.Page,
            ["sort"] = Sort(query),
            ["first"] = query.Page == 1,
            ["numberOfElements"] = content.Count,
            ["empty"] = content.Count == 0,
        };
    }

    private static JsonObject Sort(KodexaListQuery query) => new()
    {
        ["empty"] = query.Sort.Count == 0,
        ["sorted"] = query.Sort.Count > 0,
        ["unsorted"] = query.Sort.Count == 0,
    };
}
