using System.Text.Json;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.Tests.Core;

/// <summary>What an ASP.NET endpoint returning a <see cref="Session"/>, or a structured log of one, writes.</summary>
public sealed class SessionSerializationTests
{
    private const string Token = "kodexa-session-token-canary";

    private static Session KodexaSession()
    {
        var json = JsonFixture.Read("Kodexa", "session-doc-example.json");
        var dto = JsonSerializer.Deserialize(json, KodexaJsonContext.Default.KodexaSession)!;
        dto.Token = Token;
        return KodexaSessionMapper.ToSession(dto, "kodexa");
    }

    [Fact]
    public void SerializedSession_NeverCarriesTheKodexaSessionToken()
    {
        var session = KodexaSession();
        Assert.Equal(Token, ((KodexaSession)session.RawRepresentation!).Token);

        var json = JsonSerializer.Serialize(session);

        Assert.DoesNotContain(Token, json, StringComparison.Ordinal);
        Assert.DoesNotContain("rawRepresentation", json, StringComparison.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(session.Id, document.RootElement.GetProperty("Id").GetString());
    }

    [Fact]
    public void SerializedPage_NeverCarriesTheVendorPageOrItsTokens()
    {
        var session = KodexaSession();
        var page = new SessionPage([session], "2") { RawRepresentation = new KodexaPage<KodexaSession> { Content = [(KodexaSession)session.RawRepresentation!] } };

        var json = JsonSerializer.Serialize(page, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.DoesNotContain(Token, json, StringComparison.Ordinal);
        Assert.DoesNotContain("rawRepresentation", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"continuationToken\":\"2\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("active")]
    [InlineData("closed")]
    [InlineData("hibernating")]
    public void Status_SerializesAsItsString_AndRoundTrips(string value)
    {
        var status = new SessionStatus(value);

        var json = JsonSerializer.Serialize(status);
        var back = JsonSerializer.Deserialize<SessionStatus>(json);

        Assert.Equal($"\"{value}\"", json);
        Assert.Equal(status, back);
        Assert.Equal(status.IsTerminal, back.IsTerminal);
    }

    [Fact]
    public void StatusInsideASession_IsItsString()
    {
        var session = KodexaSession();
        var json = JsonSerializer.Serialize(session, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("status").ValueKind);
        Assert.Equal(session.Status.Value, document.RootElement.GetProperty("status").GetString());
        Assert.Equal(session.Status, JsonSerializer.Deserialize<SessionStatus>(document.RootElement.GetProperty("status").GetRawText()));
    }

    [Fact]
    public void NullStatus_ReadsAsUnknown() => Assert.Equal(SessionStatus.Unknown, JsonSerializer.Deserialize<SessionStatus>("null"));
}
