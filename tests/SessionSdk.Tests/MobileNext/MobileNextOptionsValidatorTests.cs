using Microsoft.Extensions.Options;
using SessionSdk.Providers.MobileNext;

namespace SessionSdk.Tests.MobileNext;

public sealed class MobileNextOptionsValidatorTests
{
    private static readonly MobileNextOptionsValidator Validator = new();

    [Fact]
    public void Defaults_PointAtTheVendor()
    {
        var options = new MobileNextOptions();

        Assert.Equal(new Uri("https://api.mobilenexthq.com"), options.BaseAddress);
        Assert.Null(options.OrganizationId);
    }

    [Fact]
    public void ApiKey_IsEnough()
    {
        Assert.True(Validator.Validate("mobilenext", new MobileNextOptions { ApiKey = "mob_live_abc" }).Succeeded);
    }

    [Fact]
    public void ApiKeyProvider_ReplacesApiKey()
    {
        var options = new MobileNextOptions { ApiKeyProvider = _ => ValueTask.FromResult(new SessionCredential("mob_rotating")) };

        Assert.True(Validator.Validate("mobilenext", options).Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void MissingApiKey_FailsNamingTheOption(string? key)
    {
        var result = Validator.Validate("mobilenext", new MobileNextOptions { ApiKey = key });

        Assert.True(result.Failed);
        Assert.Contains("MobileNextOptions.ApiKey is required", result.FailureMessage);
        Assert.Contains("'mobilenext'", result.FailureMessage);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("0")]
    [InlineData("org_01HZX3K9QW")]
    public void OrganizationId_AnyNonEmptyText_IsAccepted(string organizationId)
    {
        Assert.True(Validator.Validate("mobilenext", new MobileNextOptions { ApiKey = "mob_x", OrganizationId = organizationId }).Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("42\r\nX-Injected: 1")]
    [InlineData(" 42")]
    public void OrganizationId_EmptyOrWithControlCharacters_FailsNamingTheOption(string organizationId)
    {
        var result = Validator.Validate("mobilenext", new MobileNextOptions { ApiKey = "mob_x", OrganizationId = organizationId });

        Assert.True(result.Failed);
        Assert.Contains("MobileNextOptions.OrganizationId", result.FailureMessage);
    }

    [Fact]
    public void PlainHttpToARemoteHost_FailsNamingBaseAddress()
    {
        var result = Validator.Validate("mobilenext", new MobileNextOptions { ApiKey = "mob_x", BaseAddress = new Uri("http://api.mobilenexthq.com") });

        Assert.True(result.Failed);
        Assert.Contains("MobileNextOptions.BaseAddress", result.FailureMessage);
    }

    [Fact]
    public void FailureMessages_NeverContainTheKey()
    {
        var result = Validator.Validate("mobilenext", new MobileNextOptions { ApiKey = "mob_secret_value", OrganizationId = "" });

        Assert.DoesNotContain("mob_secret_value", result.FailureMessage);
    }
}
