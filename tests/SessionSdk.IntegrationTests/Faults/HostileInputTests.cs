using System.Net;
using System.Text;

namespace SessionSdk.IntegrationTests.Faults;

/// <summary>Garbage from the caller or the vendor: always a typed error, never a crash.</summary>
public sealed class HostileInputTests
{
    private static readonly string[] BadIds =
    [
        "", " ", "\t", ".", "..", "a\u0000b", "a\r\nb", "\u001b[31mred", "a\u007fb", " padded", "padded ", new string('a', 257),
    ];

    private static readonly string[] MalformedBodies =
    [
        "{", "}", "{\"id\":", "{\"id\":\"abc", "[", "]", "null", "true", "42", "\"just a string\"", "[]", "[{}]",
        "<html><body>Bad Gateway</body></html>", "<?xml version=\"1.0\"?><session/>", "{} trailing", "{\"id\":\"a\"}{\"id\":\"b\"}",
        "{\"id\":\"\\u12\"}", "{\"id\":\"line\nbreak\"}", "{'id':'single quotes'}", "{\"id\": NaN}", "\u0000\u0000\u0000",
        new string('{', 5000), new string('[', 100_000), "{}",
    ];

    public static TheoryData<string, string> BadIdCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in FaultProvider.All)
        {
            foreach (var id in BadIds)
            {
                data.Add(provider.Name, id);
            }
        }

        return data;
    }

    public static TheoryData<string, string> MalformedBodyCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in FaultProvider.All)
        {
            foreach (var body in MalformedBodies)
            {
                data.Add(provider.Name, body);
            }
        }

        return data;
    }

    public static TheoryData<string, string> AwkwardIdCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in FaultProvider.All)
        {
            foreach (var id in new[] { "a/b", "a?b", "a#b", "%2e%2e", "../x", "a b", "ü/ß" })
            {
                data.Add(provider.Name, id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadIdCases))]
    public async Task BadId_IsAnArgumentException_BeforeAnyRequest(string providerName, string id)
    {
        using var run = Start(providerName, HttpStatusCode.OK, "{}");

        await Assert.ThrowsAnyAsync<ArgumentException>(() => run.Client.GetSessionAsync(id));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => run.Client.TryGetSessionAsync(id));
        if (run.Client.Metadata.Supports(SessionCapabilities.Delete))
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => run.Client.DeleteSessionAsync(id));
        }

        Assert.Equal(0, run.Transport.Attempts);
    }

    [Theory]
    [MemberData(nameof(MalformedBodyCases))]
    public async Task MalformedSuccessBody_IsATypedResponseError(string providerName, string body)
    {
        using var run = Start(providerName, HttpStatusCode.OK, body);

        var error = await Assert.ThrowsAsync<SessionResponseException>(() => run.Client.GetSessionAsync("3c90c3cc-0d44-4b50-8888-8dd25736052a"));

        Assert.Equal(providerName, error.ProviderName);
        Assert.Equal("GetSession", error.Operation);
        Assert.Null(error.InnerException);
    }

    [Theory]
    [MemberData(nameof(AwkwardIdCases))]
    public async Task AcceptedId_TravelsAsExactlyOneEscapedPathSegment(string providerName, string id)
    {
        using var run = Start(providerName, HttpStatusCode.NotFound, "{}");

        await Assert.ThrowsAsync<SessionNotFoundException>(() => run.Client.GetSessionAsync(id));

        var uri = Assert.Single(run.Transport.Seen).Uri!;
        Assert.Empty(uri.Query);
        Assert.Empty(uri.Fragment);
        var segments = uri.AbsolutePath.Split('/');
        Assert.Equal(id, Uri.UnescapeDataString(segments[^1]));
        Assert.Contains(segments[^2], new[] { "sessions", "session", "orchestrator-agent-sessions" });
    }

    private static FaultRun Start(string providerName, HttpStatusCode status, string body) =>
        FaultRun.Start(
            FaultProvider.All.Single(p => p.Name == providerName),
            (_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") }));
}
