using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using SessionSdk.Benchmarks.Contenders;

namespace SessionSdk.Benchmarks;

/// <summary>
/// P3: streaming every session of a generated Kodexa listing (pages of 100 documented sessions) through
/// <see cref="SessionClientExtensions.ListSessionsAsync"/>, beside a hand-written paging loop over a DTO with every
/// documented field. One invocation per iteration; the per-session columns come from <see cref="StreamProbe"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class StreamingBenchmarks
{
    private const int PageSize = 100;
    private ServiceProvider _services = null!;
    private ISessionClient _sdk = null!;
    private HttpClient _http = null!;

    [Params(100_000, 1_000_000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddSessionClients()
            .AddKodexa(o => o.ApiKey = "bench-key")
            .ConfigureHttpClient("kodexa", b => b.ConfigurePrimaryHttpMessageHandler(() => new CannedKodexaHandler(Sessions, PageSize)));
        _services = services.BuildServiceProvider();
        _sdk = _services.GetRequiredKeyedService<ISessionClient>("kodexa");
        _http = new HttpClient(new CannedKodexaHandler(Sessions, PageSize)) { BaseAddress = new Uri("https://platform.kodexa.ai") };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _http.Dispose();
    }

    [Benchmark(Baseline = true, Description = "hand-written paging loop, every field")]
    public async Task<long> HandWrittenLoop()
    {
        var probe = StreamProbe.Start(nameof(HandWrittenLoop), Sessions);
        long count = 0;
        for (var number = 0; ; number++)
        {
            var page = await _http.GetFromJsonAsync($"/api/sessions?page={number}&pageSize={PageSize}", ContenderJsonContext.Default.FullPage);
            foreach (var session in page!.Content!)
            {
                count += session.Id!.Length > 0 ? 1 : 0;
            }

            probe.Page(count);
            if (page.Last is true || page.Content.Count == 0)
            {
                break;
            }
        }

        probe.Stop(count);
        return count;
    }

    [Benchmark(Description = "SessionSdk ListSessionsAsync")]
    public async Task<long> Sdk()
    {
        var probe = StreamProbe.Start(nameof(Sdk), Sessions);
        long count = 0;
        await foreach (var session in _sdk.ListSessionsAsync(new SessionQuery { PageSize = PageSize }))
        {
            count += session.Id.Length > 0 ? 1 : 0;
            if (count % PageSize == 0)
            {
                probe.Page(count);
            }
        }

        probe.Stop(count);
        return count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process, so the probe's numbers reach the columns; one long invocation per iteration.
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithId("stream"));
            AddColumn(StreamProbe.Columns);
        }
    }
}
