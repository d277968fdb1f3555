using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.MobileNext;
using static SessionSdk.IntegrationTests.MobileNext.MobileNextTestServer;

namespace SessionSdk.IntegrationTests.MobileNext;

public sealed class MobileNextRegistrationTests
{
    [Fact]
    public async Task AddMobileNext_FromConfiguration_SendsKeyAndOrganizationAsGiven()
    {
        using var host = SessionTestHost.Start((builder, uri) =>
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ApiKey"] = ApiKey,
                ["OrganizationId"] = "1207",
                ["BaseAddress"] = uri.ToString(),
            }).Build();
            builder.AddMobileNext(configuration);
        });
        host.Respond(Get($"{SessionsPath}/s-1"), Json("""{"id":"s-1"}"""));

        await host.Client().GetSessionAsync("s-1");

        Assert.Single(host.Requests()).AssertSent("GET", $"{SessionsPath}/s-1", organizationId: "1207");
    }

    [Fact]
    public async Task ApiKeyProvider_SuppliesTheBearerToken()
    {
        var calls = 0;
        using var host = Start(o =>
        {
            o.ApiKey = null;
            o.ApiKeyProvider = _ =>
            {
                calls++;
                return ValueTask.FromResult(new SessionCredential(ApiKey));
            };
        });
        host.Respond(Get($"{SessionsPath}/s-1"), Json("""{"id":"s-1"}"""));

        await host.Client().GetSessionAsync("s-1");
        await host.Client().GetSessionAsync("s-1");

        Assert.All(host.Requests(), r => r.AssertSent("GET", $"{SessionsPath}/s-1"));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void MissingApiKey_FailsWhenTheClientIsResolved_NamingTheOption()
    {
        using var host = Start(o => o.ApiKey = null);

        var e = Assert.Throws<OptionsValidationException>(() => host.Client());

        Assert.Contains("MobileNextOptions.ApiKey", e.Message);
    }

    [Fact]
    public void TwoRegistrations_AreKeptApart()
    {
        using var host = SessionTestHost.Start((builder, uri) => builder
            .AddMobileNext(o => { o.ApiKey = ApiKey; o.BaseAddress = uri; o.OrganizationId = "1"; })
            .AddMobileNext(o => { o.ApiKey = ApiKey; o.BaseAddress = uri; o.OrganizationId = "2"; }, name: "mobilenext-eu"));

        Assert.Equal("1", host.Client("mobilenext").GetService<MobileNextOptions>()!.OrganizationId);
        Assert.Equal("2", host.Client("mobilenext-eu").GetService<MobileNextOptions>()!.OrganizationId);
        Assert.Equal(["mobilenext", "mobilenext-eu"], host.Services.GetRequiredService<ISessionClientProvider>().ProviderNames);
    }
}
