using System.Text.Json.Nodes;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.Raydocs;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SessionSdk.IntegrationTests.Raydocs;

/// <summary>Starts a Raydocs registration against WireMock and checks what went over the wire.</summary>
internal static class RaydocsWire
{
    public const string Token = "rd_live_test_9f2c41";
    public const string SessionId = "770e8400-e29b-41d4-a716-446655440000";
    public const string TemplateId = "550e8400-e29b-41d4-a716-446655440000";

    public static SessionTestHost Start(Action<RaydocsOptions>? configure = null) =>
        SessionTestHost.Start((builder, uri) => builder.AddRaydocs(o =>
        {
            o.Token = Token;
            o.BaseAddress = uri;
            configure?.Invoke(o);
        }));

    public static ISessionClient Client(this SessionTestHost host) => host.Client("raydocs");

    public static T Api<T>(this SessionTestHost host)
        where T : notnull => host.Services.GetRequiredKeyedService<T>("raydocs");

    /// <summary>Asserts exactly one request was sent, with this method, path, bearer token, JSON Accept and body.</summary>
    public static ILogEntry AssertSingleRequest(this SessionTestHost host, string method, string path, string? jsonBody = null)
    {
        var entry = Assert.Single(host.Server.LogEntries);
        var request = entry.RequestMessage!;
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal("Bearer " + Token, entry.Header("Authorization"));
        if (jsonBody is null)
        {
            Assert.True(string.IsNullOrEmpty(request.Body), $"expected no body, got {request.Body}");
        }
        else
        {
            Assert.True(
                JsonNode.DeepEquals(JsonNode.Parse(jsonBody), JsonNode.Parse(request.Body!)),
                $"expected body {jsonBody}, got {request.Body}");
            Assert.StartsWith("application/json", entry.Header("Content-Type"));
        }

        return entry;
    }
}
