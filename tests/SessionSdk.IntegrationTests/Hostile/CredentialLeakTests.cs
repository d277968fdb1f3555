using System.Text;
using Microsoft.Extensions.Logging;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.Kodexa;

namespace SessionSdk.IntegrationTests.Hostile;

/// <summary>A credential the vendor echoes back, or a logger the app adds back, never carries the key out.</summary>
public sealed class CredentialLeakTests
{
    private const string Key = "CANARY/KEY+123=";

    private static readonly string[] Forms =
    [
        Key,
        Uri.EscapeDataString(Key),
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Key)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Key)).TrimEnd('='),
    ];

    public static TheoryData<int> Statuses() => new() { 400, 401, 403, 404, 500 };

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task KeyEchoedInTheErrorBody_IsRedactedFromEverythingTheExceptionCarries(int status)
    {
        var body = $$"""{"message":"Invalid API key {{Key}} (escaped {{Forms[1]}}, basic {{Forms[2]}}, bare {{Forms[3]}})","errors":{"x-api-key":["{{Key}} is revoked"]},"requestId":"{{Key}}"}""";
        await using var run = RawRun.Start(
            _ => RawHttpServer.Response(status, body, "x-request-id: " + Key),
            (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKey = Key; o.MaxRetries = 0; }));

        var error = await Assert.ThrowsAnyAsync<SessionClientException>(() => run.Client("kodexa").GetSessionAsync("s-1"));

        Assert.Equal(status, (int)error.StatusCode!);
        Assert.Contains("Invalid API key", error.VendorMessage, StringComparison.Ordinal);
        var everything = string.Join(
            "\n",
            error.Message,
            error.ToString(),
            error.VendorMessage,
            error.ResponseBody,
            error.RequestId,
            error.ErrorCode,
            string.Join(";", (error as SessionValidationException)?.FieldErrors.Select(f => f.ToString()) ?? []));
        foreach (var form in Forms)
        {
            Assert.DoesNotContain(form, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BearerTokenEchoedBack_IsRedactedToo()
    {
        const string token = "rd_live_CANARY_TOKEN_42";
        await using var run = RawRun.Start(
            _ => RawHttpServer.Response(401, $$"""{"message":"Bearer {{token}} is not valid"}"""),
            (b, uri) => b.AddRaydocs(o => { o.BaseAddress = uri; o.Token = token; }));

        var error = await Assert.ThrowsAsync<SessionAuthenticationException>(() => run.Client("raydocs").GetSessionAsync("770e8400-e29b-41d4-a716-446655440000"));

        Assert.DoesNotContain(token, error.ToString() + error.VendorMessage + error.ResponseBody, StringComparison.Ordinal);
        Assert.Contains("is not valid", error.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultHttpClientLoggersAddedBack_AtTrace_NeverSeeTheKey()
    {
        var logs = new StateCapturingLoggerProvider();
        await using var run = RawRun.Start(
            request => RawHttpServer.Response(request.Header("x-api-key") == Key ? 200 : 401, KodexaJson.Session("s-1")),
            (b, uri) => b.AddKodexa(o => { o.BaseAddress = uri; o.ApiKey = Key; })
                .ConfigureHttpClient("kodexa", http => http.AddDefaultLogger()),
            services => services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));

        var session = await run.Client("kodexa").GetSessionAsync("s-1");

        Assert.Equal("s-1", session.Id);
        Assert.Contains(logs.Records, r => r.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) && r.Contains("Request Headers", StringComparison.OrdinalIgnoreCase));
        foreach (var record in logs.Records)
        {
            foreach (var form in Forms)
            {
                Assert.DoesNotContain(form, record, StringComparison.Ordinal);
            }
        }
    }
}
