using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.Benchmarks;

/// <summary>What reading one vendor session costs: System.Text.Json (source-generated) plus the pure mapper.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class MappingBenchmarks
{
    private byte[] _session = [];
    private byte[] _page = [];

    [GlobalSetup]
    public void Setup()
    {
        const string session = """{"id":"8a8a8a8a-1111-2222-3333-444444444444","uuid":"8a8a8a8a111122223333444444444444","changeSequence":7,"createdOn":"2022-09-01T10:00:00.123Z","updatedOn":"2022-09-01T10:05:00+02:00","organizationId":"org-1","organization":{"id":"550e8400-e29b-41d4-a716-446655440000","name":"Acme Corp","slug":"acme-corp","features":{},"memory":{"orderedDashboards":["a"]}},"state":"OPEN","token":"tok","lastAccessed":"2022-09-01T10:04:59.999999Z","extra":{"a":[1,2,3]}}""";
        _session = Encoding.UTF8.GetBytes(session);
        _page = Encoding.UTF8.GetBytes("""{"content":[""" + string.Join(",", Enumerable.Repeat(session, 100)) + """],"last":false,"number":1,"totalPages":10}""");
    }

    [Benchmark]
    public Session ReadAndMapOneSession() =>
        KodexaSessionMapper.ToSession(JsonSerializer.Deserialize(_session, KodexaJsonContext.Default.KodexaSession)!, "kodexa");

    [Benchmark]
    public int ReadAndMapPageOf100()
    {
        var page = JsonSerializer.Deserialize(_page, KodexaJsonContext.Default.KodexaPageKodexaSession)!;
        var count = 0;
        foreach (var item in page.Content!)
        {
            count += KodexaSessionMapper.ToSession(item, "kodexa").Id.Length;
        }

        return count;
    }
}
