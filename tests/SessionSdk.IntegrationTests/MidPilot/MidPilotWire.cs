using System.Text.Json.Nodes;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.MidPilot;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SessionSdk.IntegrationTests.MidPilot;

/// <summary>Wire-level helpers for the midPilot tests: a host, canned vendor responses, and request assertions.</summary>
internal static class MidPilotWire
{
    public const string Id = "123e4567-e89b-12d3-a456-426614174000";
    public const string SessionPath = "/api/v1/session/" + Id;

    public const string SessionWithData = """
        {"sessionId":"123e4567-e89b-12d3-a456-426614174000","data":{"discoveryInput":{"applicationName":"My API","applicationVersion":"v2.0"},"documentationItems":[],"scrapeInput":{"applicationName":"My API","applicationVersion":"v2.0","baseUrl":"https://api.example.com"}},"createdAt":"2026-03-10T10:30:00Z","updatedAt":"2026-03-10T10:35:00Z"}
        """;

    public const string SessionSummary = """
        {"sessionId":"123e4567-e89b-12d3-a456-426614174000","createdAt":"2026-04-08T09:15:42.123456+00:00","updatedAt":"2026-04-08T09:20:01.654321+00:00","message":"Session returned successfully."}
        """;

    private static readonly string[] CredentialHeaders = ["Authorization", "x-api-key", "x-access-token", "X-Organization-Id", "Cookie"];

    public static SessionTestHost Start(Action<MidPilotOptions>? configure = null) =>
        SessionTestHost.Start((builder, uri) => builder.AddMidPilot(o =>
        {
            o.BaseAddress = uri;
            configure?.Invoke(o);
        }));

    public static ISessionClient Client(this SessionTestHost host) => host.Client("midpilot");

    public static IReadOnlyList<IRequestMessage> Requests(this SessionTestHost host) =>
        host.Server.LogEntries.Select(e => e.RequestMessage).OfType<IRequestMessage>().OrderBy(r => r.DateTime).ToList();

    /// <summary>Asserts the calls made, in order, as <c>METHOD /path</c>, and that none carried a credential.</summary>
    public static void AssertCalls(this SessionTestHost host, params string[] expected)
    {
        var requests = host.Requests();
        Assert.Equal(expected, requests.Select(r => $"{r.Method} {r.Path}"));
        foreach (var request in requests)
        {
            AssertNoCredentials(request);
        }
    }

    public static void AssertNoCredentials(IRequestMessage request)
    {
        var headers = request.Headers?.Keys ?? [];
        foreach (var name in CredentialHeaders)
        {
            Assert.DoesNotContain(headers, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        }
    }

    public static void AssertNoBody(IRequestMessage request) =>
        Assert.True(string.IsNullOrEmpty(request.Body) && (request.BodyAsBytes is null || request.BodyAsBytes.Length == 0), $"{request.Method} {request.Path} sent a body: {request.Body}");

    public static JsonObject JsonBody(IRequestMessage request) =>
        Assert.IsType<JsonObject>(JsonNode.Parse(request.Body ?? throw new Xunit.Sdk.XunitException($"{request.Method} {request.Path} sent no body.")));
}
