using Microsoft.Extensions.Options;
using SessionSdk.Providers.Raydocs;

namespace SessionSdk.Tests.Raydocs;

public sealed class RaydocsOptionsValidatorTests
{
    [Fact]
    public void Defaults_PointAtTheVendor()
    {
        Assert.Equal(new Uri("https://api.raydocs.com"), new RaydocsOptions().BaseAddress);
    }

    [Fact]
    public void MissingToken_FailsNamingTheOption()
    {
        var result = new RaydocsOptionsValidator().Validate("raydocs", new RaydocsOptions());

        Assert.True(result.Failed);
        Assert.Contains("RaydocsOptions.Token is required", result.FailureMessage);
        Assert.Contains("TokenProvider", result.FailureMessage);
    }

    [Fact]
    public void TokenProviderAlone_IsEnough()
    {
        var options = new RaydocsOptions { TokenProvider = _ => ValueTask.FromResult(new SessionCredential("rd_live_rotating")) };

        Assert.True(new RaydocsOptionsValidator().Validate("raydocs", options).Succeeded);
    }

    [Fact]
    public void TokenWithBearerScheme_FailsWithoutQuotingIt()
    {
        var result = new RaydocsOptionsValidator().Validate("raydocs", new RaydocsOptions { Token = "Bearer rd_live_secret123" });

        Assert.True(result.Failed);
        Assert.Contains("RaydocsOptions.Token must be the bare token", result.FailureMessage);
        Assert.DoesNotContain("rd_live_secret123", result.FailureMessage);
    }

    [Fact]
    public void PlainHttpBaseAddress_FailsNamingTheOption()
    {
        var result = new RaydocsOptionsValidator().Validate("raydocs", new RaydocsOptions { Token = "rd_live_x", BaseAddress = new Uri("http://api.raydocs.com") });

        Assert.True(result.Failed);
        Assert.Contains("RaydocsOptions.BaseAddress", result.FailureMessage);
    }

    [Fact]
    public void AddRaydocs_WithoutToken_FailsAtStartup()
    {
        var services = new ServiceCollection();
        services.AddSessionClients().AddRaydocs(_ => { });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<RaydocsOptions>>().Get("raydocs"));
        Assert.Contains("RaydocsOptions.Token is required", error.Message);
    }

    [Fact]
    public void SignedStorageUrl_ToStringLeavesOutTheSignedUrl()
    {
        var target = new RaydocsSignedStorageUrl { Key = "tmp/abc", Url = "https://bucket.s3.amazonaws.com/tmp/abc?X-Amz-Signature=deadbeef" };

        Assert.DoesNotContain("Signature", target.ToString());
        Assert.Contains("tmp/abc", target.ToString());
    }
}
