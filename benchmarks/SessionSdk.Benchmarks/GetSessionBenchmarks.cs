using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using SessionSdk.Benchmarks.Contenders;

namespace SessionSdk.Benchmarks;

/// <summary>
/// P1: one <c>GetSessionAsync</c> of the documented Kodexa session, over an in-process canned handler, so only the
/// client side counts. The baseline is what a .NET developer would write instead of the SDK and that reads the same
/// fields: a Refit client from IHttpClientFactory with <c>AddStandardResilienceHandler()</c> over a DTO with every
/// documented field.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class GetSessionBenchmarks
{
    private static readonly Uri BaseAddress = new("https://platform.kodexa.ai");

    private readonly List<ServiceProvider> _providers = [];
    private HttpClient _raw = null!;
    private IMinimalSessionsApi _refitMinimal = null!;
    private IFullSessionsApi _refitFull = null!;
    private IMinimalSessionsApi _resilientMinimal = null!;
    private IFullSessionsApi _resilientFull = null!;
    private ISessionClient _sdkResilienceOff = null!;
    private ISessionClient _sdkDefaults = null!;

    [GlobalSetup]
    public void Setup()
    {
        _raw = new HttpClient(new CannedKodexaHandler()) { BaseAddress = BaseAddress };
        var settings = RefitSettings.ForJsonContext(ContenderJsonContext.Default);
        _refitMinimal = RestService.ForGenerated<IMinimalSessionsApi>(new HttpClient(new CannedKodexaHandler()) { BaseAddress = BaseAddress }, settings);
        _refitFull = RestService.ForGenerated<IFullSessionsApi>(new HttpClient(new CannedKodexaHandler()) { BaseAddress = BaseAddress }, settings);

        // What a user registers: a named client with the standard resilience handler, the typed Refit client over it.
        var services = new ServiceCollection();
        services.AddHttpClient("kodexa", c => c.BaseAddress = BaseAddress)
            .ConfigurePrimaryHttpMessageHandler(() => new CannedKodexaHandler())
            .AddStandardResilienceHandler();
        services.AddSingleton(sp => RestService.ForGenerated<IMinimalSessionsApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient("kodexa"), settings));
        services.AddSingleton(sp => RestService.ForGenerated<IFullSessionsApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient("kodexa"), settings));
        var provider = Track(services.BuildServiceProvider());
        _resilientMinimal = provider.GetRequiredService<IMinimalSessionsApi>();
        _resilientFull = provider.GetRequiredService<IFullSessionsApi>();

        _sdkResilienceOff = Sdk(o => o.UseResilience = false);
        _sdkDefaults = Sdk(_ => { });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _providers.ForEach(p => p.Dispose());
    }

    [Benchmark(Description = "raw HttpClient + STJ source-gen, minimal DTO")]
    public Task<MinimalSession?> RawHttpClientMinimal() => _raw.GetFromJsonAsync("/api/sessions/" + KodexaDocs.SessionId, ContenderJsonContext.Default.MinimalSession);

    [Benchmark(Description = "Refit alone, minimal DTO")]
    public Task<MinimalSession> RefitMinimal() => _refitMinimal.GetSessionAsync(KodexaDocs.SessionId);

    [Benchmark(Description = "Refit alone, every field")]
    public Task<FullSession> RefitFull() => _refitFull.GetSessionAsync(KodexaDocs.SessionId);

    [Benchmark(Description = "Refit + factory + standard resilience, minimal DTO")]
    public Task<MinimalSession> RefitResilientMinimal() => _resilientMinimal.GetSessionAsync(KodexaDocs.SessionId);

    [Benchmark(Baseline = true, Description = "Refit + factory + standard resilience, every field")]
    public Task<FullSession> RefitResilientFull() => _resilientFull.GetSessionAsync(KodexaDocs.SessionId);

    [Benchmark(Description = "SessionSdk, UseResilience = false")]
    public Task<Session> SdkResilienceOff() => _sdkResilienceOff.GetSessionAsync(KodexaDocs.SessionId);

    [Benchmark(Description = "SessionSdk defaults")]
    public Task<Session> SdkDefaults() => _sdkDefaults.GetSessionAsync(KodexaDocs.SessionId);

    private ISessionClient Sdk(Action<SessionSdk.Providers.Kodexa.KodexaOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSessionClients()
            .AddKodexa(o => { o.ApiKey = "bench-key"; configure(o); })
            .ConfigureHttpClient("kodexa", b => b.ConfigurePrimaryHttpMessageHandler(() => new CannedKodexaHandler()));
        return Track(services.BuildServiceProvider()).GetRequiredKeyedService<ISessionClient>("kodexa");
    }

    private ServiceProvider Track(ServiceProvider provider)
    {
        _providers.Add(provider);
        return provider;
    }
}
