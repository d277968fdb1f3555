using System.Net.Http.Headers;
using System.Text;

namespace SessionSdk.Sandbox.Tests.Infrastructure;

/// <summary>Plain HTTP against the sandbox — no SDK in between — so the tests check the wire, not our client's reading of it.</summary>
public static class Wire
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<WireResponse> SendAsync(HttpMethod method, Uri baseAddress, string path, string? json = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, path));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new WireResponse(response.StatusCode, response.Headers, response.Content.Headers.ContentType, body);
    }

    public static Task<WireResponse> GetAsync(Uri baseAddress, string path, params (string, string)[] headers) => SendAsync(HttpMethod.Get, baseAddress, path, null, headers);

    /// <summary>Asserts that an object has exactly these property names (order ignored).</summary>
    public static void AssertKeys(JsonNode? node, params string[] expected)
    {
        var actual = Assert.IsType<JsonObject>(node).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), actual);
    }

    public static string Text(JsonNode? node) => Assert.IsAssignableFrom<JsonValue>(node).GetValue<string>();
}

public sealed record WireResponse(HttpStatusCode Status, HttpResponseHeaders Headers, MediaTypeHeaderValue? ContentType, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public JsonObject Object => Assert.IsType<JsonObject>(Json);

    public string? MediaType => ContentType?.MediaType;
}
