using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SessionSdk.Providers.Kodexa;
using SessionSdk.Sandbox.Tests.Infrastructure;

namespace SessionSdk.Sandbox.Tests.Sdk;

/// <summary>The SDK's Kodexa provider, both resources, against the sandbox through <c>UseSandbox</c>.</summary>
public sealed class KodexaSdkEndToEndTests : IAsyncLifetime
{
    private SessionSandbox _sandbox = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions { Now = SandboxFixture.Now });
        var services = new ServiceCollection();
        services.AddSessionClients().UseSandbox(_sandbox);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task Sessions_CreateGetUpdateListDelete()
    {
        var client = _services.GetRequiredKeyedService<ISessionClient>("kodexa");
        Assert.Equal(_sandbox.KodexaBaseAddress, client.Metadata.Endpoint);

        var request = new CreateSessionRequest();
        request.AdditionalProperties["state"] = "OPEN";
        var created = await client.CreateSessionAsync(request);
        Assert.Equal("kodexa.session", created.Kind);
        Assert.Equal(SessionStatus.Active, created.Status);
        Assert.Equal("1", created.Version);
        Assert.Equal(SandboxFixture.Now, created.CreatedAt);
        Assert.Equal("Acme Corp", created.OrganizationName);

        var read = await client.GetSessionAsync(created.Id);
        Assert.Equal(created.Id, read.Id);
        Assert.Equal("OPEN", read.RawStatus);

        var close = new UpdateSessionRequest { ExpectedVersion = read.Version };
        close.AdditionalProperties["state"] = "CLOSED";
        var updated = await client.UpdateSessionAsync(created.Id, close);
        Assert.Equal(SessionStatus.Closed, updated.Status);
        Assert.Equal("2", updated.Version);
        Assert.True(updated.UpdatedAt > created.UpdatedAt);

        var stale = new UpdateSessionRequest { ExpectedVersion = "1" };
        stale.AdditionalProperties["state"] = "OPEN";
        await Assert.ThrowsAsync<SessionConflictException>(() => client.UpdateSessionAsync(created.Id, stale));

        await client.DeleteSessionAsync(created.Id);
        var missing = await Assert.ThrowsAsync<SessionNotFoundException>(() => client.GetSessionAsync(created.Id));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal($"Session with id {created.Id} not found", missing.VendorMessage);
        Assert.NotNull(missing.RequestId);
        Assert.Null(await client.TryGetSessionAsync(created.Id));
        await Assert.ThrowsAsync<SessionNotFoundException>(() => client.DeleteSessionAsync(created.Id));
    }

    [Fact]
    public async Task Sessions_ServerSideConflict_OnAStaleChangeSequence_IsSessionConflictException()
    {
        var client = _services.GetRequiredKeyedService<ISessionClient>("kodexa");
        var api = client.GetRequiredService<IKodexaSessionsApi>();
        var session = await api.GetSessionAsync(SandboxExampleIds.KodexaSession);
        var stale = await api.GetSessionAsync(SandboxExampleIds.KodexaSession);

        session.State = "CLOSED";
        var first = await api.UpdateSessionAsync(session.Id!, session);
        stale.State = "OPEN";
        var conflict = await Assert.ThrowsAsync<SessionConflictException>(() => api.UpdateSessionAsync(stale.Id!, stale));

        Assert.Equal(124, first.ChangeSequence);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("changeSequence is 124", conflict.VendorMessage, StringComparison.Ordinal);
        Assert.Equal("CLOSED", (await api.GetSessionAsync(SandboxExampleIds.KodexaSession)).State);
    }

    [Fact]
    public async Task Sessions_ListAllPages_ReadsEverySessionOnce()
    {
        var client = _services.GetRequiredKeyedService<ISessionClient>("kodexa");
        var firstPage = (KodexaPage<KodexaSession>)(await client.GetSessionPageAsync(new SessionQuery { PageSize = 7 })).RawRepresentation!;

        // A server that never says "last" would page forever: the deadline turns that into a failure.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var all = new List<Session>();
        await foreach (var session in client.ListSessionsAsync(new SessionQuery { PageSize = 7 }, deadline.Token))
        {
            all.Add(session);
        }

        Assert.Equal(firstPage.TotalElements, all.Count);
        Assert.Equal(all.Count, all.Select(s => s.Id).Distinct().Count());
        Assert.Contains(all, s => s.Id == SandboxExampleIds.KodexaSession);
    }

    [Fact]
    public async Task Sessions_ListNewestFirst_WithTheSortParameter()
    {
        var client = _services.GetRequiredKeyedService<ISessionClient>("kodexa");
        var query = new SessionQuery { PageSize = 50 };
        query.AdditionalProperties["sort"] = "createdOn,desc";

        var page = await client.GetSessionPageAsync(query);

        Assert.Equal(page.Items.OrderByDescending(s => s.CreatedAt).Select(s => s.Id), page.Items.Select(s => s.Id));
        Assert.NotNull(page.ContinuationToken);
    }

    [Fact]
    public async Task AgentSessions_CreateGetUpdateListDelete()
    {
        var client = _services.GetRequiredKeyedService<ISessionClient>("kodexa-agents");
        var request = new CreateSessionRequest { Metadata = new JsonObject { ["pipeline"] = "e2e", ["step"] = 1 } };
        request.AdditionalProperties["agentRuntimeId"] = "rt-e2e";

        var created = await client.CreateSessionAsync(request);
        Assert.Equal("kodexa.orchestrator-agent-session", created.Kind);
        Assert.Equal("e2e", created.Metadata!["pipeline"].GetString());
        Assert.Equal(SessionStatus.Active, created.Status);

        var updated = await client.UpdateSessionAsync(created.Id, new UpdateSessionRequest { ExpectedVersion = created.Version, Metadata = new JsonObject { ["step"] = 2 } });
        Assert.Equal(2, updated.Metadata!["step"].GetInt32());
        Assert.Equal("e2e", updated.Metadata!["pipeline"].GetString());
        Assert.Equal("2", updated.Version);

        var query = new SessionQuery { PageSize = 1000 };
        query.AdditionalProperties["sort"] = "createdOn,desc";
        var newest = await client.ListSessionsAsync(query).FirstAsync();
        Assert.Equal(created.Id, newest.Id);

        await client.DeleteSessionAsync(created.Id);
        var missing = await Assert.ThrowsAsync<SessionNotFoundException>(() => client.GetSessionAsync(created.Id));
        Assert.Equal($"OrchestratorAgentSession with id {created.Id} not found", missing.VendorMessage);
    }

    [Fact]
    public async Task WrongKey_IsSessionAuthenticationException_WithTheProblemDetail()
    {
        var services = new ServiceCollection();
        services.AddSessionClients().AddKodexa(o => { o.ApiKey = "wrong"; o.BaseAddress = _sandbox.KodexaBaseAddress; });
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<SessionAuthenticationException>(() => provider.GetRequiredKeyedService<ISessionClient>("kodexa").GetSessionAsync(SandboxExampleIds.KodexaSession));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("The API key is not valid.", error.VendorMessage);
        Assert.DoesNotContain("wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimited_IsSessionRateLimitedException_WithRetryAfter()
    {
        await using var limited = await SessionSandbox.StartAsync(new SessionSandboxOptions { RateLimitEvery = 1, RetryAfter = TimeSpan.FromSeconds(3), SeedData = false });
        var services = new ServiceCollection();
        services.AddSessionClients().UseSandbox(limited);
        services.Configure<KodexaOptions>("kodexa", o => o.MaxRetries = 0);
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<SessionRateLimitedException>(() => provider.GetRequiredKeyedService<ISessionClient>("kodexa").GetSessionAsync("any"));

        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
        Assert.Equal("Too many requests", error.VendorMessage);
    }
}
