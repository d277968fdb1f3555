using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SessionSdk.IntegrationTests.Infrastructure;
using SessionSdk.IntegrationTests.Kodexa;
using WireMock.RequestBuilders;

namespace SessionSdk.IntegrationTests.Middleware;

/// <summary>The README's audit-log middleware, registered as the README shows, against Kodexa over HTTP.</summary>
public sealed class AuditLogMiddlewareTests
{
    [Fact]
    public async Task EveryConfirmedChange_WritesOneAuditLine_ReadsAndFailuresWriteNone()
    {
        var logs = new FakeLogCollector();
        using var host = ObservedHost.Start(logs, (b, uri) => b
            .AddKodexa(o => { o.ApiKey = "k-1"; o.BaseAddress = uri; })
            .ConfigureClients(pipeline => pipeline.Use((inner, services) =>
                new AuditLogSessionClient(inner, services.GetRequiredService<ILogger<AuditLogSessionClient>>()))));
        host.Respond(Request.Create().WithPath("/api/sessions").UsingPost(), 201, KodexaJson.Session("s-9"));
        host.Respond(Request.Create().WithPath("/api/sessions/s-9").UsingGet(), 200, KodexaJson.Session("s-9"));
        host.Respond("DELETE", "/api/sessions/s-9", 204);
        host.Respond(Request.Create().WithPath("/api/sessions/s-8").UsingDelete(), 404, KodexaJson.NotFound);
        var sessions = host.Services.GetRequiredService<ISessionClient>();

        var created = await sessions.CreateSessionAsync(new CreateSessionRequest { ProviderName = "kodexa" });
        await sessions.GetSessionAsync(created.QualifiedId);
        await sessions.DeleteSessionAsync(created.QualifiedId);
        await Assert.ThrowsAsync<SessionNotFoundException>(() => host.Client("kodexa").DeleteSessionAsync("s-8"));

        var audit = logs.GetSnapshot().Where(r => r.Category == typeof(AuditLogSessionClient).FullName).Select(r => r.Message).ToList();
        Assert.Equal(["Audit: kodexa session s-9 created", "Audit: kodexa session s-9 deleted"], audit);
        Assert.Equal(LogLevel.Warning, Assert.Single(ObservedHost.Visible(logs), r => r.Category != typeof(AuditLogSessionClient).FullName).Level);
    }
}
