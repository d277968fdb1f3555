using System.Text.Json;
using Microsoft.Extensions.Configuration;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.Providers.Raydocs;
using static SessionSdk.IntegrationTests.Raydocs.RaydocsWire;

namespace SessionSdk.IntegrationTests.Raydocs;

public sealed class RaydocsRegistrationTests
{
    private const string Minimal = """{"id":"770e8400-e29b-41d4-a716-446655440000","name":"Q1","extraction_template_id":"550e8400-e29b-41d4-a716-446655440000","status":"pending","documents":[],"results":[]}""";

    [Fact]
    public async Task TypedSessionsApi_CreateGetDelete_SendTheDocumentedRequests()
    {
        using var host = Start();
        host.Respond("POST", "/extractions/sessions", 201, Minimal);
        var api = host.Api<IRaydocsExtractionSessionsApi>();

        var created = await api.CreateSessionAsync(new RaydocsCreateSessionRequest
        {
            ExtractionTemplateId = TemplateId,
            Name = "Q1",
            Settings = JsonSerializer.SerializeToElement(new { auto_extract = true }),
        });

        host.AssertSingleRequest("POST", "/extractions/sessions", $$$"""{"extraction_template_id":"{{{TemplateId}}}","name":"Q1","settings":{"auto_extract":true}}""");
        Assert.Equal("pending", created.Status);
        Assert.Empty(created.Documents!);

        host.Server.ResetLogEntries();
        host.Respond("GET", $"/extractions/sessions/{SessionId}", 200, Minimal);
        Assert.Equal(TemplateId, (await api.GetSessionAsync(SessionId)).ExtractionTemplateId);
        host.AssertSingleRequest("GET", $"/extractions/sessions/{SessionId}");

        host.Server.ResetLogEntries();
        host.Respond("DELETE", $"/extractions/sessions/{SessionId}", 204);
        await api.DeleteSessionAsync(SessionId);
        host.AssertSingleRequest("DELETE", $"/extractions/sessions/{SessionId}");
    }

    [Fact]
    public async Task AddRaydocsFromConfiguration_BindsTokenAndBaseAddress()
    {
        using var host = SessionTestHost.Start((builder, uri) =>
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Raydocs:Token"] = Token,
                    ["Raydocs:BaseAddress"] = uri.ToString(),
                    ["Raydocs:MaxRetries"] = "0",
                })
                .Build();
            builder.AddRaydocs(configuration.GetSection("Raydocs"));
        });
        host.Respond("GET", $"/extractions/sessions/{SessionId}", 200, Minimal);

        var session = await host.Client("raydocs").GetSessionAsync(SessionId);

        host.AssertSingleRequest("GET", $"/extractions/sessions/{SessionId}");
        Assert.Equal(SessionStatus.Pending, session.Status);
        Assert.Equal(0, host.Client("raydocs").GetService<RaydocsOptions>()!.MaxRetries);
    }

    [Fact]
    public async Task TwoRegistrations_EachUseTheirOwnToken()
    {
        using var host = SessionTestHost.Start((builder, uri) => builder
            .AddRaydocs(o => { o.Token = "rd_live_first"; o.BaseAddress = uri; })
            .AddRaydocs(o => { o.Token = "rd_live_second"; o.BaseAddress = uri; }, "raydocs-eu"));
        host.Respond("GET", $"/extractions/sessions/{SessionId}", 200, Minimal);

        var session = await host.Client("raydocs-eu").GetSessionAsync(SessionId);
        host.Respond("GET", "/extractions/results/r-1", 200, """{"id":"r-1","status":"completed"}""");
        await host.Services.GetRequiredKeyedService<IRaydocsResultsApi>("raydocs-eu").GetResultAsync("r-1");

        Assert.Equal("raydocs-eu", session.ProviderName);
        Assert.Equal(2, host.Server.LogEntries.Count());
        Assert.All(host.Server.LogEntries, e => Assert.Equal("Bearer rd_live_second", e.Header("Authorization")));
        Assert.Same(host.Services.GetRequiredService<IRaydocsResultsApi>().GetType(), host.Services.GetRequiredKeyedService<IRaydocsResultsApi>("raydocs").GetType());
    }

    [Fact]
    public void SameNameTwice_Throws()
    {
        var builder = new ServiceCollection().AddSessionClients().AddRaydocs(o => o.Token = "rd_live_x");

        Assert.Throws<InvalidOperationException>(() => builder.AddRaydocs(o => o.Token = "rd_live_y"));
    }
}
