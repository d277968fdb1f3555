using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk.Benchmarks;

/// <summary>The SDK's own overhead per call: DI-built pipeline (errors, resilience, credentials, size cap, Refit, mapping) over an in-memory transport.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private ServiceProvider? _services;
    private ISessionClient? _client;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddSessionClients()
            .AddKodexa(o => o.ApiKey = "bench-key")
            .ConfigureHttpClient("kodexa", b => b.ConfigurePrimaryHttpMessageHandler(() => new InMemoryTransport()));
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredKeyedService<ISessionClient>("kodexa");
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark]
    public Task<Session> GetSession() => _client!.GetSessionAsync("s-1");

    private sealed class InMemoryTransport : HttpMessageHandler
    {
        private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"s-1","state":"OPEN","changeSequence":3,"createdOn":"2024-01-01T00:00:00Z","token":"t"}""");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Body), RequestMessage = request });
    }
}
