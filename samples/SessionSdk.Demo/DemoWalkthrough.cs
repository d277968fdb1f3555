using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk.Demo;

/// <summary>
/// The walkthrough: create a session with each provider that can, read it back, update one, list everything newest
/// first, show a typed not-found error, delete what was created, then one whole Raydocs extraction workflow. A provider's failure is reported and the walk goes
/// on; any failure makes the exit code 1.
/// </summary>
internal sealed class DemoWalkthrough(IServiceProvider services, IConfiguration configuration, TextWriter output)
{
    /// <summary>A well-formed id no vendor has (a valid UUID, so midPilot answers 404 rather than 422).</summary>
    private const string MissingId = "00000000-0000-4000-8000-000000000000";
    private const int ListedSessions = 12;

    private readonly ISessionClientProvider _provider = services.GetRequiredService<ISessionClientProvider>();
    private readonly List<Session> _created = [];
    private int _failures;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine("1. Create a session with each provider that can");
        foreach (var (name, request) in DemoProviders.Creates(configuration))
        {
            if (Client(name, SessionCapabilities.Create) is { } client
                && await TryAsync(name, () => client.CreateSessionAsync(request(), cancellationToken)).ConfigureAwait(false) is { } session)
            {
                _created.Add(session);
                Row(name, $"created {session.Id}  {SessionTable.Status(session)}{Version(session)}");
            }
        }

        output.WriteLine("2. Read each one back");
        foreach (var created in _created)
        {
            var client = _provider.GetClient(created.ProviderName);
            if (await TryAsync(created.ProviderName, () => client.GetSessionAsync(created.Id, cancellationToken)).ConfigureAwait(false) is { } read)
            {
                Row(read.ProviderName, $"{read.Id}  {read.Kind}  {SessionTable.Status(read)}  created {read.CreatedAt:yyyy-MM-dd HH:mm:ss.fff}Z");
            }
        }

        await UpdateOneAsync(cancellationToken).ConfigureAwait(false);
        await ListAllAsync(cancellationToken).ConfigureAwait(false);

        output.WriteLine("5. Read a session that does not exist");
        foreach (var name in _provider.ProviderNames)
        {
            if (Client(name, SessionCapabilities.Get) is { } client)
            {
                await ShowNotFoundAsync(name, client, cancellationToken).ConfigureAwait(false);
            }
        }

        output.WriteLine("6. Delete what the demo created");
        foreach (var created in _created)
        {
            var client = _provider.GetClient(created.ProviderName);
            if (!client.Metadata.Supports(SessionCapabilities.Delete))
            {
                Row(created.ProviderName, $"{created.Id} kept: {created.ProviderName} cannot delete sessions");
                continue;
            }

            if (await TryAsync(created.ProviderName, async () =>
                {
                    await client.DeleteSessionAsync(created.Id, cancellationToken).ConfigureAwait(false);
                    return await client.TryGetSessionAsync(created.Id, cancellationToken).ConfigureAwait(false) is null ? "gone" : "still there";
                }).ConfigureAwait(false) is { } state)
            {
                Row(created.ProviderName, $"deleted {created.Id} ({state})");
            }
        }

        var template = configuration["Demo:RaydocsTemplateId"] ?? Sandbox.SandboxExampleIds.RaydocsTemplate;
        if (!await new DemoExtraction(_provider, template, output).RunAsync(cancellationToken).ConfigureAwait(false))
        {
            _failures++;
        }

        return _failures == 0 ? 0 : 1;
    }

    private async Task UpdateOneAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, description, request) in DemoProviders.Updates)
        {
            if (_created.FirstOrDefault(s => s.ProviderName == name) is not { } created || Client(name, SessionCapabilities.Update) is not { } client)
            {
                continue;
            }

            output.WriteLine($"3. Update one: {description}");
            if (await TryAsync(name, () => client.UpdateSessionAsync(created.Id, request(created), cancellationToken)).ConfigureAwait(false) is { } updated)
            {
                Row(name, $"{updated.Id}  {SessionTable.Status(created)}{Version(created)}  ->  {SessionTable.Status(updated)}{Version(updated)}");
            }

            return;
        }

        output.WriteLine("3. Update one: skipped, no session was created with a provider in the demo's update table");
    }

    private async Task ListAllAsync(CancellationToken cancellationToken)
    {
        // The plain ISessionClient is the composite over every provider: one newest-first page, merged across them.
        var all = services.GetRequiredService<ISessionClient>();
        var listing = all.Metadata.Providers.Where(p => p.Supports(SessionCapabilities.List)).Select(p => p.ProviderName);
        output.WriteLine($"4. The {ListedSessions} newest sessions across {string.Join(", ", listing)}, merged newest first");
        try
        {
            var page = await all.GetSessionPageAsync(new SessionQuery { PageSize = ListedSessions }, cancellationToken).ConfigureAwait(false);
            SessionTable.Write(output, page.Items);
            if (page.SkippedProviders.Count > 0)
            {
                output.WriteLine($"   (not listed: {string.Join(", ", page.SkippedProviders)} cannot list sessions)");
            }

            foreach (var error in page.Errors)
            {
                Fail(error.ProviderName, error.Exception);
            }
        }
        catch (SessionClientException e)
        {
            Fail(e.ProviderName ?? "list", e);
        }
    }

    private async Task ShowNotFoundAsync(string name, ISessionClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.GetSessionAsync(MissingId, cancellationToken).ConfigureAwait(false);
            Row(name, "unexpectedly found " + MissingId);
            _failures++;
        }
        catch (SessionNotFoundException e)
        {
            Row(name, $"{nameof(SessionNotFoundException)} ({(int?)e.StatusCode}): {e.VendorMessage ?? e.Message}");
        }
        catch (SessionClientException e)
        {
            Fail(name, e);
        }
    }

    private ISessionClient? Client(string name, SessionCapabilities capability) =>
        _provider.TryGetClient(name, out var client) && client.Metadata.Supports(capability) ? client : null;

    private async Task<T?> TryAsync<T>(string name, Func<Task<T>> action)
        where T : class
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is SessionClientException or ArgumentException or NotSupportedException)
        {
            Fail(name, e);
            return null;
        }
    }

    private void Fail(string name, Exception e)
    {
        _failures++;
        Row(name, $"FAILED: {e.GetType().Name}: {e.Message}");
    }

    private void Row(string provider, string text) => output.WriteLine($"   {provider,-14} {text}");

    private static string Version(Session session) => session.Version is { } version ? $" v{version}" : string.Empty;
}
