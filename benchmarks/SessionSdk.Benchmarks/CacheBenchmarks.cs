using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk.Benchmarks;

/// <summary>
/// A cached <c>GetSessionAsync</c> hit (UseSessionCache, HybridCache's in-memory level) against the same call without a
/// cache, both over an in-memory transport: what a hit saves is the SDK's HTTP pipeline and the vendor's JSON.
/// </summary>
[MemoryDiagnoser]
public class CacheBenchmarks
{
    private ServiceProvider? _uncachedServices;
    private ServiceProvider? _cachedServices;
    private ISessionClient? _uncached;
    private ISessionClient? _cached;

    [GlobalSetup]
    public async Task Setup()
    {
        (_uncachedServices, _uncached) = Build(cache: false);
        (_cachedServices, _cached) = Build(cache: true);
        await _cached.GetSessionAsync("s-1");   // warm: every measured call is a hit
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _uncachedServices?.Dispose();
        _cachedServices?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<Session> GetSession_Uncached() => _uncached!.GetSessionAsync("s-1");

    [Benchmark]
    public Task<Session> GetSession_CachedHit() => _cached!.GetSessionAsync("s-1");

    private static (ServiceProvider, ISessionClient) Build(bool cache)
    {
        var services = new ServiceCollection();
        var builder = services.AddSessionClients()
            .AddKodexa(o => o.ApiKey = "bench-key")
            .ConfigureHttpClient("kodexa", b => b.ConfigurePrimaryHttpMessageHandler(() => new InMemoryTransport()));
        if (cache)
        {
            builder.UseSessionCache("kodexa", o => o.LocalCacheExpiration = TimeSpan.FromMinutes(1));
        }

        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredKeyedService<ISessionClient>("kodexa"));
    }

    private sealed class InMemoryTransport : HttpMessageHandler
    {
        private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"s-1","state":"OPEN","changeSequence":3,"createdOn":"2024-01-01T00:00:00Z","token":"t"}""");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Body), RequestMessage = request });
    }
}
