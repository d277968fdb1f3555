using SessionSdk.Providers.MidPilot;

namespace SessionSdk.Tests.MidPilot;

public sealed class MidPilotOptionsTests
{
    [Fact]
    public void NewOptions_HaveNoBaseAddress()
    {
        Assert.Null(new MidPilotOptions().BaseAddress);
    }

    [Theory]
    [InlineData("http://localhost:8090", "http://localhost:8090/")]
    [InlineData("http://localhost:8090/", "http://localhost:8090/")]
    [InlineData("http://localhost:8090/api/v1", "http://localhost:8090/")]
    [InlineData("http://localhost:8090/api/v1/", "http://localhost:8090/")]
    [InlineData("http://localhost:8090/api", "http://localhost:8090/")]
    [InlineData("https://tools.example.com/midpilot/api/v1", "https://tools.example.com/midpilot/")]
    [InlineData("https://tools.example.com/midpilot", "https://tools.example.com/midpilot/")]
    public void ServiceRoot_StripsTheApiPrefix(string baseAddress, string expected)
    {
        var options = new MidPilotOptions { BaseAddress = new Uri(baseAddress) };

        Assert.Equal(new Uri(expected), options.ServiceRoot);
    }
}
