using WireMock;
using WireMock.Logging;
using WireMock.Server;

namespace SessionSdk.IntegrationTests.Infrastructure;

/// <summary>What the stand-in vendor received, for asserting the wire contract.</summary>
public static class RecordedRequests
{
    public static IReadOnlyList<ILogEntry> All(WireMockServer server) =>
        server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime).ToList();

    public static ILogEntry Single(WireMockServer server) => Assert.Single(All(server));

    /// <summary>The first value of a request header (names compare case-insensitively), or null.</summary>
    public static string? Header(this IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>The first value of a query parameter, or null.</summary>
    public static string? Query(this IRequestMessage request, string name) =>
        request.Query?.FirstOrDefault(q => string.Equals(q.Key, name, StringComparison.Ordinal)).Value?.FirstOrDefault();

    public static string? Header(this ILogEntry entry, string name) => entry.RequestMessage!.Header(name);

    public static string? Query(this ILogEntry entry, string name) => entry.RequestMessage!.Query(name);

    public static IReadOnlyList<string> QueryAll(this ILogEntry entry, string name) =>
        entry.RequestMessage!.Query?.FirstOrDefault(q => string.Equals(q.Key, name, StringComparison.Ordinal)).Value?.ToList() ?? [];
}
