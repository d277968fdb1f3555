using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.MobileNext;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SessionSdk.IntegrationTests.MobileNext;

/// <summary>Starts a host with the Mobile Next provider pointed at WireMock, and reads back what was sent.</summary>
internal static class MobileNextTestServer
{
    public const string ApiKey = "mob_test_7Hq2xKp9";

    public const string SessionsPath = "/api/v1/sessions";

    public static SessionTestHost Start(Action<MobileNextOptions>? configure = null) =>
        SessionTestHost.Start((builder, uri) => builder.AddMobileNext(o =>
        {
            o.ApiKey = ApiKey;
            o.BaseAddress = uri;
            configure?.Invoke(o);
        }));

    public static ISessionClient Client(this SessionTestHost host) => host.Client("mobilenext");

    public static IResponseBuilder Json(string body, int status = 200) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public static void Respond(this SessionTestHost host, IRequestBuilder request, IResponseBuilder response, int priority = 5) =>
        host.Server.Given(request).AtPriority(priority).RespondWith(response);

    public static IRequestMessage[] Requests(this SessionTestHost host) =>
        host.Server.LogEntries.Select(e => e.RequestMessage!).OrderBy(m => m.DateTime).ToArray();

    public static string[] Header(this IRequestMessage request, string name) =>
        request.Headers?.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Value).ToArray() ?? [];

    public static string? Query(this IRequestMessage request, string name) =>
        request.Query is { } query && query.TryGetValue(name, out var values) ? Assert.Single(values) : null;

    public static void AssertSent(this IRequestMessage request, string method, string path, string? organizationId = null)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal(["Bearer " + ApiKey], request.Header("Authorization"));
        if (organizationId is null)
        {
            Assert.Empty(request.Header("X-Organization-Id"));
        }
        else
        {
            Assert.Equal([organizationId], request.Header("X-Organization-Id"));
        }
    }

    /// <summary>A session in the per-endpoint docs' shape.</summary>
    public static string PerEndpointSession(string id, string? releasedAt = null) => $$"""
        {
          "sessionId": "{{id}}",
          "organizationId": 0,
          "userId": "user_7f3a",
          "device": { "deviceId": "emulator-5554", "platform": "android", "type": "emulator", "name": "Pixel 8", "osVersion": "14" },
          "createdAt": "2026-11-19T18:02:11Z",
          "releasedAt": {{(releasedAt is null ? "null" : "\"" + releasedAt + "\"")}}
        }
        """;

    /// <summary>A session in the grouped docs page's shape.</summary>
    public static string GroupedSession(string id, string createdAt, string? releasedAt = null) => $$"""
        {
          "id": "{{id}}",
          "organization": "org_01HZX3K9QW",
          "user": "a1b2c3d4-e5f6-4789-abcd-0123456789ab",
          "device": { "id": "dev_{{id}}", "platform": "ios", "type": "real", "name": "iPhone 15 Pro", "osVersion": "17.5.1" },
          "createdAt": "{{createdAt}}",
          "releasedAt": {{(releasedAt is null ? "null" : "\"" + releasedAt + "\"")}}
        }
        """;

    public static IRequestBuilder Get(string path) => Request.Create().WithPath(path).UsingGet();

    public static IRequestBuilder Post(string path) => Request.Create().WithPath(path).UsingPost();
}
