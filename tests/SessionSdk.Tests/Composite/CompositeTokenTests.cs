using System.Text;

namespace SessionSdk.Tests.Composite;

public sealed class CompositeTokenTests
{
    [Theory]
    [InlineData("not a token!")]
    [InlineData("e30")] // {}
    [InlineData("eyJ2IjoyLCJwIjpbXX0")] // {"v":2,"p":[]}
    [InlineData("eyJ2IjoxfQ")] // {"v":1}
    [InlineData("W10")] // []
    [InlineData("2")] // a Kodexa page token
    public async Task MalformedToken_ThrowsArgumentException(string token)
    {
        var composite = FakeSessions.Composite(FakeSessions.Interleaved());

        var e = await Assert.ThrowsAsync<ArgumentException>(() => composite.GetSessionPageAsync(new SessionQuery { ContinuationToken = token }));

        Assert.Equal("query", e.ParamName);
    }

    [Theory]
    [InlineData("""{"v":1,"p":[{"n":"alpha","s":2},{"n":"ALPHA","s":2}]}""")]
    [InlineData("""{"v":1,"p":[{"n":"alpha","s":0}]}""")]
    [InlineData("""{"v":1,"p":[{"n":"alpha","s":2,"c":-1}]}""")]
    [InlineData("""{"v":1,"p":[{"s":2}]}""")]
    public async Task TamperedToken_ThrowsArgumentException(string json)
    {
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        await Assert.ThrowsAsync<ArgumentException>(() => FakeSessions.Composite(FakeSessions.Interleaved()).GetSessionPageAsync(new SessionQuery { ContinuationToken = token }));
    }

    [Fact]
    public async Task Token_IsUrlSafeText()
    {
        var page = await FakeSessions.Composite(FakeSessions.Interleaved()).GetSessionPageAsync(new SessionQuery { PageSize = 5 });

        Assert.Matches("^[A-Za-z0-9_-]+$", page.ContinuationToken);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task PageSize_OutOfRange_Throws(int pageSize)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => FakeSessions.Composite([]).GetSessionPageAsync(new SessionQuery { PageSize = pageSize }));
    }
}
