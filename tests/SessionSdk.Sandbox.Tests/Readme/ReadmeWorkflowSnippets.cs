using Microsoft.Extensions.DependencyInjection;
using Refit;
using SessionSdk;
using SessionSdk.Providers.Kodexa;
using SessionSdk.Providers.MidPilot;
using SessionSdk.Providers.MobileNext;
using SessionSdk.Providers.Raydocs;
using SessionSdk.Sandbox;

namespace SessionSdk.Sandbox.Tests.Readme;

/// <summary>
/// The README's workflow snippets, exactly as written there: each region between <c>// snippet: NAME</c> and
/// <c>// end snippet</c> is the body of the README block marked <c>&lt;!-- snippet: NAME --&gt;</c> (without its
/// <c>// Given:</c> and <c>using</c> lines, which are this method's parameters and this file's usings).
/// <see cref="ReadmeWorkflowSnippetTests"/> checks the two stay the same and runs each against the sandbox.
/// </summary>
internal static class ReadmeWorkflowSnippets
{
    public static async Task SandboxInMemory(CancellationToken ct)
    {
        // snippet: sandbox-in-memory
        await using var sandbox = await SessionSandbox.StartAsync(new SessionSandboxOptions
        {
            Transport = SandboxTransport.InMemory,   // https://{vendor}.sandbox.invalid/, reachable only through UseSandbox
            WorkDuration = TimeSpan.Zero,            // extractions, executions, allocations and jobs finish at once
        });
        var services = new ServiceCollection();
        services.AddSessionClients().UseSandbox(sandbox);
        await using var provider = services.BuildServiceProvider();
        var mobile = provider.GetRequiredKeyedService<ISessionClient>("mobilenext");
        var session = await mobile.CreateSessionAsync(new CreateSessionRequest(), ct);
        // end snippet
        Assert.Equal(SessionStatus.Active, session.Status);
    }

    public static async Task WaitForSession(IServiceProvider provider, string sessionId, CancellationToken ct)
    {
        // snippet: wait-for-session
        var raydocs = provider.GetRequiredKeyedService<ISessionClient>("raydocs");
        var options = new SessionWaitOptions { Timeout = TimeSpan.FromMinutes(10), InitialInterval = TimeSpan.FromSeconds(2) };
        try
        {
            var done = await raydocs.WaitForSessionAsync(sessionId,
                s => s.Status == SessionStatus.Completed || s.Status == SessionStatus.Failed, options, cancellationToken: ct);
            Console.WriteLine($"{done.Id} {done.Status}");
        }
        catch (SessionTimeoutException e) when (e.LastState is Session last)
        {
            Console.WriteLine($"still {last.Status} after 10 minutes");
        }
        // end snippet
    }

    public static async Task<KodexaExecution> KodexaWorkflow(IServiceProvider provider, string sessionId, Stream kddb, CancellationToken ct)
    {
        // snippet: kodexa-workflow
        var kodexa = provider.GetRequiredKeyedService<ISessionClient>("kodexa");
        var execution = await kodexa.ExecuteAndWaitAsync(sessionId,
            new StreamPart(kddb, "invoice.kddb", "application/octet-stream", "document"), cancellationToken: ct);
        Console.WriteLine($"{execution.Id} {execution.Status}");      // SUCCEEDED, FAILED, SKIPPED or CANCELLED
        var logs = await kodexa.GetRequiredService<IKodexaSessionExecutionsApi>().GetExecutionLogsAsync(sessionId, execution.Id!, ct);
        foreach (var entry in logs) Console.WriteLine($"{entry.LogDate:O} {entry.Entry}");
        // end snippet
        Assert.NotEmpty(logs);
        return execution;
    }

    public static async Task<RaydocsResult> RaydocsWorkflow(IServiceProvider provider, Stream pdf, CancellationToken ct)
    {
        // snippet: raydocs-workflow
        var raydocs = provider.GetRequiredKeyedService<ISessionClient>("raydocs");
        var request = new CreateSessionRequest { Name = "Q1 2024 Invoices" };
        request.AdditionalProperties["extraction_template_id"] = "550e8400-e29b-41d4-a716-446655440000";
        var session = await raydocs.CreateSessionAsync(request, ct);

        // POST /vapor/signed-storage-url, PUT the bytes to the signed URL (without the Raydocs token), POST …/documents/upload
        var document = await raydocs.UploadDocumentAsync(session.Id, pdf, "application/pdf", ct);

        // POST …/results (201; "parsing_pending" while the document parses), then GET /extractions/results/{id} until done
        var result = await raydocs.ExtractAndWaitAsync(session.Id, cancellationToken: ct);
        if (result.Status == RaydocsResultStatuses.Completed)
            Console.WriteLine($"{document.FileName}: {result.Data} {result.AuditData}");
        // end snippet
        return result;
    }

    public static async Task<MidPilotJob> MidPilotWorkflow(IServiceProvider provider, string sessionId, string jobId, CancellationToken ct)
    {
        // snippet: midpilot-workflow
        var midpilot = provider.GetRequiredKeyedService<ISessionClient>("midpilot");
        var job = await midpilot.WaitForJobAsync(sessionId, jobId, cancellationToken: ct);   // queued → running → finished | failed
        Console.WriteLine($"{job.Type} {job.Status} {job.FinishedAt}");
        // end snippet
        return job;
    }

    public static async Task<(SessionDevice Device, Session Ended)> MobileNextWorkflow(IServiceProvider provider, CancellationToken ct)
    {
        // snippet: mobilenext-workflow
        var mobile = provider.GetRequiredKeyedService<ISessionClient>("mobilenext");
        var session = await mobile.CreateSessionAsync(new CreateSessionRequest(), ct);
        var device = await mobile.AllocateDeviceAndWaitAsync(session.Id,
        [
            new MobileNextDeviceFilter(MobileNextDeviceAttributes.Platform, MobileNextDeviceFilterOperators.EqualTo, "ios"),
        ], cancellationToken: ct);
        Console.WriteLine($"{device.Name} {device.OsVersion} ready");
        var ended = await mobile.ReleaseAllDevicesAsync(session.Id, cancellationToken: ct);   // Released, with EndedAt
        // end snippet
        return (device, ended);
    }
}
