using SessionSdk.Providers.MidPilot;
using SessionSdk.Providers.MobileNext;
using SessionSdk.Providers.Raydocs;

namespace SessionSdk.Sandbox.Tests.Sdk;

/// <summary>Every provider through the SDK against the sandbox: the whole session lifecycle the vendor offers.</summary>
public sealed class EveryProviderEndToEndTests : IAsyncLifetime
{
    private SessionSandbox _sandbox = null!;
    private ServiceProvider _services = null!;

    public static TheoryData<string> Providers() => new(["kodexa", "kodexa-agents", "raydocs", "midpilot", "mobilenext"]);

    public async Task InitializeAsync()
    {
        _sandbox = await SessionSandbox.StartAsync();
        var services = new ServiceCollection();
        services.AddSessionClients().UseSandbox(_sandbox);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Lifecycle_CreateReadUpdateListDelete_AsTheVendorAllows(string providerName)
    {
        var client = _services.GetRequiredKeyedService<ISessionClient>(providerName);
        var capabilities = client.Metadata.Capabilities;

        var created = await client.CreateSessionAsync(CreateRequest(providerName));
        Assert.Equal(providerName, created.ProviderName);
        Assert.Equal(client.Metadata.Kind, created.Kind);
        Assert.NotNull(created.CreatedAt);

        var read = await client.GetSessionAsync(created.Id);
        Assert.Equal(created.Id, read.Id);
        Assert.Equal(created.CreatedAt, read.CreatedAt);

        if (capabilities.HasFlag(SessionCapabilities.Update))
        {
            var updated = await client.UpdateSessionAsync(created.Id, UpdateRequest(providerName, read));
            Assert.Equal(created.Id, updated.Id);
            AssertUpdated(providerName, updated);
            AssertUpdated(providerName, await client.GetSessionAsync(created.Id));
        }
        else
        {
            await Assert.ThrowsAsync<NotSupportedException>(() => client.UpdateSessionAsync(created.Id, new UpdateSessionRequest()));
        }

        if (capabilities.HasFlag(SessionCapabilities.List))
        {
            var query = new SessionQuery { PageSize = 25 };
            query.AdditionalProperties["sort"] = "createdOn,desc";
            var seen = 0;
            var found = false;
            await foreach (var session in client.ListSessionsAsync(query))
            {
                seen++;
                found |= session.Id == created.Id;
            }

            Assert.True(found, $"{providerName} did not list the session it created");
            Assert.True(seen > 25, $"{providerName} listed {seen} sessions; the seed has more than a page");
        }
        else
        {
            await Assert.ThrowsAsync<NotSupportedException>(() => client.GetSessionPageAsync());
        }

        if (capabilities.HasFlag(SessionCapabilities.Delete))
        {
            await client.DeleteSessionAsync(created.Id);
            await Assert.ThrowsAsync<SessionNotFoundException>(() => client.GetSessionAsync(created.Id));
            Assert.Null(await client.TryGetSessionAsync(created.Id));
        }
        else
        {
            await Assert.ThrowsAsync<NotSupportedException>(() => client.DeleteSessionAsync(created.Id));
        }
    }

    [Fact]
    public async Task Composite_ListsEveryListingProviderNewestFirst_AndRoutesQualifiedIds()
    {
        var all = _services.GetRequiredService<ISessionClient>();

        var page = await all.GetSessionPageAsync(new SessionQuery { PageSize = 40 });
        var next = await all.GetSessionPageAsync(new SessionQuery { PageSize = 40, ContinuationToken = page.ContinuationToken });

        var merged = page.Items.Concat(next.Items).ToList();
        Assert.Empty(page.Errors);
        Assert.Equal(["raydocs", "midpilot"], page.SkippedProviders.Order().Reverse());
        Assert.Equal(merged.Count, merged.Select(s => s.QualifiedId).Distinct().Count());
        Assert.True(merged.Zip(merged.Skip(1)).All(p => p.First.CreatedAt >= p.Second.CreatedAt), "not newest first");
        Assert.Contains(merged, s => s.ProviderName == "mobilenext");
        Assert.Contains(merged, s => s.ProviderName.StartsWith("kodexa", StringComparison.Ordinal));

        var first = merged[0];
        Assert.Equal(first.Id, (await all.GetSessionAsync(first.QualifiedId)).Id);
    }

    [Fact]
    public async Task VendorOnlyOperations_WorkThroughTheTypedClients()
    {
        var midpilot = _services.GetRequiredKeyedService<ISessionClient>("midpilot");
        var session = await midpilot.CreateSessionAsync(new CreateSessionRequest());
        Assert.True(await midpilot.SessionExistsAsync(session.Id));

        var mobile = _services.GetRequiredKeyedService<ISessionClient>("mobilenext");
        var device = await mobile.CreateSessionAsync(new CreateSessionRequest());
        var allocation = await mobile.AllocateDeviceAsync(device.Id, [new MobileNextDeviceFilter(MobileNextDeviceAttributes.Platform, MobileNextDeviceFilterOperators.EqualTo, "ios")]);
        Assert.False(string.IsNullOrEmpty(allocation.AllocationId));

        var raydocs = _services.GetRequiredKeyedService<ISessionClient>("raydocs");
        var extraction = await raydocs.CreateSessionAsync(CreateRequest("raydocs"));
        var documents = await raydocs.GetRequiredService<IRaydocsDocumentsApi>().ListDocumentsAsync(extraction.Id);
        Assert.NotNull(documents.Data);
    }

    private static CreateSessionRequest CreateRequest(string providerName)
    {
        var request = new CreateSessionRequest();
        switch (providerName)
        {
            case "kodexa":
                request.AdditionalProperties["state"] = "OPEN";
                break;
            case "kodexa-agents":
                request.Metadata = new JsonObject { ["step"] = "start" };
                request.AdditionalProperties["agentRuntimeId"] = "rt-e2e";
                break;
            case "raydocs":
                request.Name = "End-to-end";
                request.AdditionalProperties["extraction_template_id"] = "550e8400-e29b-41d4-a716-446655440000";
                break;
        }

        return request;
    }

    private static UpdateSessionRequest UpdateRequest(string providerName, Session current)
    {
        var request = new UpdateSessionRequest();
        switch (providerName)
        {
            case "kodexa":
                request.ExpectedVersion = current.Version;
                request.AdditionalProperties["state"] = "CLOSED";
                break;
            case "kodexa-agents":
                request.ExpectedVersion = current.Version;
                request.Metadata = new JsonObject { ["step"] = "done" };
                break;
            case "midpilot":
                request.Metadata = new JsonObject { ["step"] = "done" };
                break;
        }

        return request;
    }

    private static void AssertUpdated(string providerName, Session session)
    {
        if (providerName == "kodexa")
        {
            Assert.Equal(SessionStatus.Closed, session.Status);
        }
        else
        {
            Assert.Equal("done", session.Metadata!["step"].GetString());
        }
    }
}
