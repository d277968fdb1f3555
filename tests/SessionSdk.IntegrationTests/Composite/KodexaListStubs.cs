using System.Globalization;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SessionSdk.IntegrationTests.Composite;

/// <summary>Serves a Kodexa resource as Spring pages (first page without <c>page</c>, then <c>page=2…</c>), newest first.</summary>
internal static class KodexaListStubs
{
    public static readonly DateTimeOffset Origin = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A Kodexa session created <paramref name="minutesAgo"/> minutes before <see cref="Origin"/>.</summary>
    public static string Session(string id, int minutesAgo) =>
        $$"""{"id":"{{id}}","uuid":"u-{{id}}","changeSequence":1,"createdOn":"{{Created(minutesAgo)}}","updatedOn":"{{Created(minutesAgo)}}","organizationId":"org-1","state":"OPEN","token":"tok-{{id}}"}""";

    /// <summary>A Kodexa orchestrator-agent session created <paramref name="minutesAgo"/> minutes before <see cref="Origin"/>.</summary>
    public static string AgentSession(string id, int minutesAgo) =>
        $$$"""{"id":"{{{id}}}","uuid":"u-{{{id}}}","agentRuntimeId":"rt-1","runtimeSessionId":"r-{{{id}}}","changeSequence":2,"createdOn":"{{{Created(minutesAgo)}}}","updatedOn":"{{{Created(minutesAgo)}}}","organizationId":"org-1","status":"RUNNING","metadata":{"step":1}}""";

    public static void ServePages(WireMockServer server, string path, string apiKey, IReadOnlyList<string> items, int pageSize)
    {
        var pages = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        for (var number = 1; number <= pages; number++)
        {
            var request = Request.Create().WithPath(path).UsingGet().WithHeader("x-api-key", apiKey);
            if (number > 1)
            {
                request = request.WithParam("page", number.ToString(CultureInfo.InvariantCulture));
            }

            var content = items.Skip((number - 1) * pageSize).Take(pageSize).ToArray();
            var body = $$$"""
                {"content":[{{{string.Join(",", content)}}}],"first":{{{Bool(number == 1)}}},"last":{{{Bool(number == pages)}}},"number":{{{number}}},
                 "numberOfElements":{{{content.Length}}},"size":{{{pageSize}}},"totalElements":{{{items.Count}}},"totalPages":{{{pages}}},
                 "sort":{"empty":false,"sorted":true,"unsorted":false}}
                """;
            server.Given(request)
                .AtPriority(number == 1 ? 10 : 1)
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
        }
    }

    /// <summary>Reads a query parameter from the raw query, decoded, without WireMock's comma splitting.</summary>
    public static string[] Query(IRequestMessage request, string name) =>
        (request.RawQuery ?? string.Empty).TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(kv => Uri.UnescapeDataString(kv[0]) == name)
            .Select(kv => kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : string.Empty)
            .ToArray();

    private static string Created(int minutesAgo) => Origin.AddMinutes(-minutesAgo).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
