using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.Tests.Kodexa;

public sealed class KodexaRegistrationTests
{
    private static ServiceProvider Build(Action<SessionClientsBuilder> register)
    {
        var services = new ServiceCollection();
        register(services.AddSessionClients());
        return services.BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public void AddKodexa_RegistersBothResourcesKeyedAndInTheProvider()
    {
        using var sp = Build(b => b.AddKodexa(o => o.ApiKey = "k"));

        Assert.Equal(["kodexa", "kodexa-agents"], sp.GetRequiredService<ISessionClientProvider>().ProviderNames);
        Assert.Equal("kodexa.session", sp.GetRequiredKeyedService<ISessionClient>("kodexa").Metadata.Kind);
        Assert.Equal("kodexa.orchestrator-agent-session", sp.GetRequiredKeyedService<ISessionClient>("kodexa-agents").Metadata.Kind);
        Assert.Same(sp.GetRequiredKeyedService<ISessionClient>("kodexa"), sp.GetRequiredService<ISessionClientProvider>().GetClient("KODEXA"));
    }

    [Fact]
    public void TypedRefitClients_Resolve_KeyedAndPlain()
    {
        using var sp = Build(b => b.AddKodexa(o => o.ApiKey = "k"));

        Assert.NotNull(sp.GetRequiredService<IKodexaSessionsApi>());
        Assert.NotNull(sp.GetRequiredKeyedService<IKodexaOrchestratorAgentSessionsApi>("kodexa"));
        Assert.NotNull(sp.GetRequiredKeyedService<ISessionClient>("kodexa").GetService<IKodexaSessionsApi>());
        Assert.NotNull(sp.GetRequiredKeyedService<ISessionClient>("kodexa-agents").GetService<IKodexaOrchestratorAgentSessionsApi>());
        Assert.Same(sp.GetRequiredService<IOptionsMonitor<KodexaOptions>>().Get("kodexa"), sp.GetRequiredKeyedService<ISessionClient>("kodexa").GetService<KodexaOptions>());
    }

    [Fact]
    public void SecondTenant_IsRegisteredBesideTheFirst()
    {
        using var sp = Build(b => b
            .AddKodexa(o => o.ApiKey = "k1")
            .AddKodexa(o => { o.ApiKey = "k2"; o.BaseAddress = new Uri("https://kodexa.example.com"); }, name: "kodexa-eu"));

        Assert.Equal(["kodexa", "kodexa-agents", "kodexa-eu", "kodexa-eu-agents"], sp.GetRequiredService<ISessionClientProvider>().ProviderNames);
        Assert.Equal(new Uri("https://kodexa.example.com"), sp.GetRequiredKeyedService<ISessionClient>("kodexa-eu").Metadata.Endpoint);
    }

    [Fact]
    public void SameNameTwice_IsRejectedAtRegistration()
    {
        var services = new ServiceCollection();
        var builder = services.AddSessionClients().AddKodexa(o => o.ApiKey = "k");

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddKodexa(o => o.ApiKey = "k"));
        Assert.Contains("'kodexa'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProvider_ListsTheRegisteredNames()
    {
        using var sp = Build(b => b.AddKodexa(o => o.ApiKey = "k"));

        var error = Assert.Throws<ArgumentException>(() => sp.GetRequiredService<ISessionClientProvider>().GetClient("raydocs"));
        Assert.Contains("kodexa, kodexa-agents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingApiKey_FailsAtStartupNamingTheOption()
    {
        using var sp = Build(b => b.AddKodexa(_ => { }));

        var error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("KodexaOptions.ApiKey is required", error.Message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => sp.GetRequiredKeyedService<ISessionClient>("kodexa"));
    }

    [Theory]
    [InlineData("http://platform.kodexa.ai", "must use https")]
    [InlineData("http://10.1.2.3:8080", "must use https")]
    [InlineData("ftp://platform.kodexa.ai", "must use https")]
    [InlineData("https://platform.kodexa.ai/?x=1", "must not carry a query")]
    public void InsecureBaseAddress_IsRejectedNamingTheOption(string address, string expected)
    {
        using var sp = Build(b => b.AddKodexa(o => { o.ApiKey = "k"; o.BaseAddress = new Uri(address); }));

        var error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("KodexaOptions.BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:8080")]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("https://kodexa.internal.example.com")]
    public void LoopbackOrHttpsBaseAddress_IsAccepted(string address)
    {
        using var sp = Build(b => b.AddKodexa(o => { o.ApiKey = "k"; o.BaseAddress = new Uri(address); }));

        sp.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void BadTimeouts_AreRejectedNamingTheOption()
    {
        using var sp = Build(b => b.AddKodexa(o => { o.ApiKey = "k"; o.AttemptTimeout = TimeSpan.Zero; o.MaxRetries = -1; }));

        var error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("KodexaOptions.AttemptTimeout", error.Message, StringComparison.Ordinal);
        Assert.Contains("KodexaOptions.MaxRetries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationMessages_NeverContainTheKey()
    {
        using var sp = Build(b => b.AddKodexa(o => { o.ApiKey = "kx-canary-123"; o.BaseAddress = new Uri("http://example.com"); }));

        var error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());
        Assert.DoesNotContain("kx-canary-123", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_BindsEveryProviderSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SessionSdk:Kodexa:ApiKey"] = "from-config",
            ["SessionSdk:Kodexa:BaseAddress"] = "https://tenant.kodexa.example/api",
            ["SessionSdk:Kodexa:UseLegacyAccessTokenHeader"] = "true",
            ["SessionSdk:Kodexa:MaxRetries"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddSessionClients(configuration.GetSection("SessionSdk"));
        using var sp = services.BuildServiceProvider();

        var options = sp.GetRequiredService<IOptionsMonitor<KodexaOptions>>().Get("kodexa");
        Assert.Equal("from-config", options.ApiKey);
        Assert.True(options.UseLegacyAccessTokenHeader);
        Assert.Equal(1, options.MaxRetries);
        Assert.Equal(new Uri("https://tenant.kodexa.example/"), options.ServiceRoot);
        Assert.Equal(["kodexa", "kodexa-agents"], sp.GetRequiredService<ISessionClientProvider>().ProviderNames);
    }

    [Fact]
    public void Configuration_WithoutSections_RegistersNothing()
    {
        var services = new ServiceCollection();
        services.AddSessionClients(new ConfigurationBuilder().Build());
        using var sp = services.BuildServiceProvider();

        Assert.Empty(sp.GetRequiredService<ISessionClientProvider>().ProviderNames);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData("-x")]
    public void BadRegistrationName_IsRejected(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddSessionClients().AddKodexa(o => o.ApiKey = "k", name));

    [Fact]
    public async Task RebuiltHandlerChains_ShareOneCredentialCache_SoARotatingKeyIsFetchedOnce()
    {
        var refreshes = 0;
        using var sp = Build(b => b.AddKodexa(o => o.ApiKeyProvider = _ => ValueTask.FromResult(new SessionCredential($"key-{Interlocked.Increment(ref refreshes)}"))));
        var first = SessionProviderRegistration.CredentialHandler(sp, "kodexa", "x-api-key", null, sp.GetRequiredService<IOptionsMonitor<KodexaOptions>>().Get("kodexa").ApiKeyProvider, null, ("KodexaOptions.ApiKeyProvider", "KodexaOptions.ApiKey"));
        var second = SessionProviderRegistration.CredentialHandler(sp, "kodexa", "x-api-key", null, _ => throw new InvalidOperationException("a second cache was built"), null, ("KodexaOptions.ApiKeyProvider", "KodexaOptions.ApiKey"));

        using var invoker1 = new HttpMessageInvoker(new CapturingChain(first));
        using var invoker2 = new HttpMessageInvoker(new CapturingChain(second));
        var key1 = await invoker1.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://x.test/"), CancellationToken.None);
        var key2 = await invoker2.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://x.test/"), CancellationToken.None);

        Assert.Equal(1, refreshes);
        Assert.Equal("key-1", key1.Headers.GetValues("X-Sent-Key").Single());
        Assert.Equal("key-1", key2.Headers.GetValues("X-Sent-Key").Single());
    }

    /// <summary>The handler under test in front of a transport that answers 200, echoing the key it was sent (the handler takes it off the request afterwards).</summary>
    private sealed class CapturingChain : DelegatingHandler
    {
        public CapturingChain(DelegatingHandler handler)
        {
            InnerHandler = handler;
            handler.InnerHandler = new Answer();
        }

        private sealed class Answer : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { RequestMessage = request, Headers = { { "X-Sent-Key", request.Headers.GetValues("x-api-key") } } });
        }
    }
}
