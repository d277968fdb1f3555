using System.Diagnostics;
using System.Text;
using Refit;
using SessionSdk.Providers.Kodexa;
using SessionSdk.Providers.MidPilot;
using SessionSdk.Providers.MobileNext;
using SessionSdk.Providers.Raydocs;

namespace SessionSdk.Sandbox.Tests.Workflows;

/// <summary>Every documented workflow, end to end through the SDK, against both sandbox transports, under virtual time.</summary>
public sealed class WorkflowEndToEndTests
{
    private static readonly SessionWaitOptions Wait = new() { Timeout = TimeSpan.FromMinutes(2) };

    // Polls every quarter of a work stage, so a test sees every state the sandbox passes through.
    private static readonly SessionWaitOptions Fine = new()
    {
        Timeout = TimeSpan.FromMinutes(2),
        InitialInterval = TimeSpan.FromMilliseconds(250),
        MaxInterval = TimeSpan.FromMilliseconds(250),
        BackoffFactor = 1,
        Jitter = 0,
    };

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task Raydocs_UploadThenExtractAndWait_DeferredWhileParsing_ThenCompletedWithData(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var raydocs = host.Client("raydocs");
        var request = new CreateSessionRequest { Name = "Invoices" };
        request.AdditionalProperties["extraction_template_id"] = SandboxExampleIds.RaydocsTemplate;
        var session = await raydocs.CreateSessionAsync(request);
        var real = Stopwatch.StartNew();

        using var file = new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.7 invoice 42"));
        var document = await raydocs.UploadDocumentAsync(session.Id, file, "application/pdf");
        var progress = new Recorder<RaydocsResult>();
        var result = await raydocs.ExtractAndWaitAsync(session.Id, Fine, progress);

        Assert.Equal(transport == SandboxTransport.InMemory ? "raydocs.sandbox.invalid" : "127.0.0.1", host.Sandbox.RaydocsBaseAddress.Host);
        Assert.Equal("application/pdf", document.Mime);
        Assert.Equal(19, document.Size);
        Assert.Equal(RaydocsResultStatuses.Completed, result.Status);
        Assert.Equal(1, result.Data!.Value.GetProperty("document_count").GetInt32());
        Assert.True(result.AuditData!.Value.TryGetProperty("invoice_number", out _));
        var statuses = progress.Seen.Select(r => r.Status).Distinct().ToList();
        Assert.Equal([RaydocsResultStatuses.ParsingPending, RaydocsResultStatuses.Processing, RaydocsResultStatuses.Completed], statuses);
        Assert.InRange(host.Time.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
        Assert.True(real.Elapsed < TimeSpan.FromSeconds(10), $"virtual time should not cost real time ({real.Elapsed})");

        var done = await raydocs.WaitForSessionAsync(session.Id, s => s.Status == SessionStatus.Completed, Wait);
        Assert.Equal(document.Id, Assert.Single(done.Documents).Id);
        Assert.Equal("ready", done.Documents[0].RawStatus);
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task Raydocs_ExtractWithoutDocuments_Is422Validation_NotFoundNorDeferred(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var raydocs = host.Client("raydocs");
        var request = new CreateSessionRequest();
        request.AdditionalProperties["extraction_template_id"] = SandboxExampleIds.RaydocsTemplate;
        var session = await raydocs.CreateSessionAsync(request);

        var error = await Assert.ThrowsAsync<SessionValidationException>(() => raydocs.ExtractAndWaitAsync(session.Id, Wait));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Contains(error.FieldErrors, f => f.Field == "documents");
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task Raydocs_ADocumentNamedFail_EndsInAFailedResult_Returned(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var raydocs = host.Client("raydocs");
        var request = new CreateSessionRequest();
        request.AdditionalProperties["extraction_template_id"] = SandboxExampleIds.RaydocsTemplate;
        var session = await raydocs.CreateSessionAsync(request);
        await raydocs.GetRequiredService<IRaydocsDocumentsApi>().UploadDocumentsAsync(session.Id, new() { Keys = ["tmp/fail-scan.pdf"] });

        var result = await raydocs.ExtractAndWaitAsync(session.Id, Wait);

        Assert.Equal(RaydocsResultStatuses.Failed, result.Status);
        Assert.Equal(SessionStatus.Failed, (await raydocs.GetSessionAsync(session.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task Raydocs_StorageRefusesAPutCarryingTheRaydocsToken_TheSdkUploadSendsNone(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var documents = host.Client("raydocs").GetRequiredService<IRaydocsDocumentsApi>();
        var target = await documents.CreateSignedStorageUrlAsync(new() { ContentType = "application/pdf" });
        using var http = new HttpClient(host.Sandbox.CreateHttpMessageHandler());
        using var put = new HttpRequestMessage(HttpMethod.Put, target.Url) { Content = new ByteArrayContent([1, 2, 3]) };
        put.Content.Headers.ContentType = new("application/pdf");
        put.Headers.Add("x-amz-acl", "private");
        put.Headers.Authorization = new("Bearer", host.Sandbox.RaydocsToken);

        using var response = await http.SendAsync(put);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<Code>InvalidArgument</Code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task Raydocs_AnExpiredSignedUrl_IsRefusedWithATypedError(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var raydocs = host.Client("raydocs");
        var target = await raydocs.GetRequiredService<IRaydocsDocumentsApi>().CreateSignedStorageUrlAsync(new() { ContentType = "application/pdf" });
        host.Time.Advance(TimeSpan.FromMinutes(6));
        using var http = new HttpClient(host.Sandbox.CreateHttpMessageHandler());
        using var put = new HttpRequestMessage(HttpMethod.Put, target.Url) { Content = new ByteArrayContent([1]) };
        put.Content.Headers.ContentType = new("application/pdf");
        put.Headers.Add("x-amz-acl", "private");
        using var response = await http.SendAsync(put);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Request has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task Kodexa_ExecuteAndWait_PendingRunningSucceeded_ThenLogsAndExecutions(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var kodexa = host.Client("kodexa");
        var session = await kodexa.CreateSessionAsync(OpenKodexaSession());
        var progress = new Recorder<KodexaExecution>();

        using var kddb = new MemoryStream([1, 2, 3, 4]);
        var execution = await kodexa.ExecuteAndWaitAsync(session.Id, new StreamPart(kddb, "invoice.kddb", "application/octet-stream", "document"), waitOptions: Fine, progress: progress);

        Assert.Equal(KodexaExecutionStatuses.Succeeded, execution.Status);
        Assert.NotNull(execution.EndDate);
        Assert.Equal(
            [KodexaExecutionStatuses.Pending, KodexaExecutionStatuses.Running, KodexaExecutionStatuses.Succeeded],
            progress.Seen.Select(e => e.Status).Distinct().ToList());
        var api = kodexa.GetRequiredService<IKodexaSessionExecutionsApi>();
        var logs = await api.GetExecutionLogsAsync(session.Id, execution.Id!);
        Assert.Equal(["Execution requested for invoice.kddb", "Processing invoice.kddb", "Execution succeeded"], logs.Select(l => l.Entry).ToList());
        var page = await api.ListExecutionsAsync(session.Id);
        Assert.Equal(execution.Id, Assert.Single(page.Content!).Id);
        Assert.True(page.Last);
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task Kodexa_AFailingExecution_IsReturnedFailed_AndAStatusSetByPutStopsTheTimeline(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var kodexa = host.Client("kodexa");
        var session = await kodexa.CreateSessionAsync(OpenKodexaSession());
        using var kddb = new MemoryStream([1]);

        var failed = await kodexa.ExecuteAndWaitAsync(session.Id, new StreamPart(kddb, "doc.kddb", "application/octet-stream", "document"), """{"fail":true}""", Wait);
        Assert.Equal(KodexaExecutionStatuses.Failed, failed.Status);
        Assert.NotNull(failed.ExceptionDetails);

        var api = kodexa.GetRequiredService<IKodexaSessionExecutionsApi>();
        using var second = new MemoryStream([2]);
        var started = await api.ExecuteAsync(session.Id, "{}", null, null, [new StreamPart(second, "doc.kddb", "application/octet-stream", "document")]);
        var cancelled = await api.UpdateExecutionStatusAsync(session.Id, started.Id!, new KodexaStatusDetails { Status = KodexaExecutionStatuses.Cancelled, Message = "stop" });
        Assert.Equal(KodexaExecutionStatuses.Cancelled, cancelled.Status);
        Assert.Equal(KodexaExecutionStatuses.Cancelled, (await kodexa.WaitForExecutionAsync(session.Id, started.Id!, Wait)).Status);
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task MobileNext_AllocateAndWaitUntilReady_ThenReleaseEveryDevice_EndsTheSession(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var mobile = host.Client("mobilenext");
        var session = await mobile.CreateSessionAsync(new CreateSessionRequest());
        var progress = new Recorder<Session>();

        var ios = await mobile.AllocateDeviceAndWaitAsync(
            session.Id, [new MobileNextDeviceFilter(MobileNextDeviceAttributes.Platform, MobileNextDeviceFilterOperators.EqualTo, "ios")], Fine, progress);
        await mobile.AllocateDeviceAsync(session.Id, [new MobileNextDeviceFilter(MobileNextDeviceAttributes.Platform, MobileNextDeviceFilterOperators.EqualTo, "android")]);
        var released = await mobile.ReleaseAllDevicesAsync(session.Id, Wait);

        Assert.Equal("ios", ios.Platform);
        Assert.False(string.IsNullOrEmpty(ios.Id));
        Assert.Equal("allocating", progress.Seen[0].Devices.Single().RawStatus);
        Assert.Equal(SessionStatus.Released, released.Status);
        Assert.NotNull(released.EndedAt);
        await Assert.ThrowsAsync<SessionConflictException>(() => mobile.AllocateDeviceAsync(session.Id, []));
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task MidPilot_AJobRecordedByAStage_IsWaitedForFromQueuedToFinished(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var midpilot = host.Client("midpilot");
        var session = await midpilot.CreateSessionAsync(new CreateSessionRequest());
        var jobId = Guid.NewGuid().ToString();
        await midpilot.UpdateSessionAsync(session.Id, new UpdateSessionRequest { Metadata = new JsonObject { ["discoveryJobId"] = jobId } });
        var progress = new Recorder<MidPilotJob>();

        var job = await midpilot.WaitForJobAsync(session.Id, jobId, Fine, progress);

        Assert.Equal(MidPilotJobStatuses.Finished, job.Status);
        Assert.Equal("discovery", job.Type);
        Assert.NotNull(job.FinishedAt);
        Assert.Equal([MidPilotJobStatuses.Queued, MidPilotJobStatuses.Running, MidPilotJobStatuses.Finished], progress.Seen.Select(j => j.Status).Distinct().ToList());
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task WaitForSession_ThatNeverHolds_TimesOutOnItsOwnClock_WithTheLastSessionSeen(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var raydocs = host.Client("raydocs");
        var request = new CreateSessionRequest();
        request.AdditionalProperties["extraction_template_id"] = SandboxExampleIds.RaydocsTemplate;
        var session = await raydocs.CreateSessionAsync(request);
        var real = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SessionTimeoutException>(() =>
            raydocs.WaitForSessionAsync(session.Id, s => s.Status == SessionStatus.Completed, new SessionWaitOptions { Timeout = TimeSpan.FromMinutes(10) }));

        var last = Assert.IsType<Session>(error.LastState);
        Assert.Equal(SessionStatus.Pending, last.Status);
        Assert.Equal("raydocs", error.ProviderName);
        Assert.Equal("WaitForSession", error.Operation);
        Assert.InRange(host.Time.Elapsed, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(11));
        Assert.True(real.Elapsed < TimeSpan.FromSeconds(10), $"a 10-minute wait took {real.Elapsed} of real time");
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task Polling_ToleratesTransientFailures_WithinItsBudget(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport, o =>
        {
            o.ServiceUnavailableEvery = 2;
            o.FaultVendors = SandboxVendors.Kodexa;
        });
        var kodexa = host.Client("kodexa");
        Session? session = null;
        for (var i = 0; session is null && i < 4; i++)
        {
            try
            {
                session = await kodexa.CreateSessionAsync(OpenKodexaSession());
            }
            catch (SessionClientException e) when (e.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                // POSTs are never retried; try the create again.
            }
        }

        Assert.NotNull(session);
        var api = kodexa.GetRequiredService<IKodexaSessionExecutionsApi>();
        KodexaExecution? started = null;
        for (var i = 0; started is null && i < 4; i++)
        {
            try
            {
                using var kddb = new MemoryStream([1]);
                started = await api.ExecuteAsync(session.Id, "{}", null, null, [new StreamPart(kddb, "doc.kddb", "application/octet-stream", "document")]);
            }
            catch (SessionClientException e) when (e.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
            }
        }

        var done = await kodexa.WaitForExecutionAsync(session.Id, started!.Id!, Wait);

        Assert.Equal(KodexaExecutionStatuses.Succeeded, done.Status);
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task ARouteTheSandboxDoesNotServe_Is501_NeverSessionNotFound(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var kodexa = host.Client("kodexa");
        var session = await kodexa.CreateSessionAsync(OpenKodexaSession());
        var raydocs = host.Client("raydocs");

        var kodexaError = await Assert.ThrowsAsync<SessionClientException>(() =>
            kodexa.GetRequiredService<IKodexaSessionExecutionsApi>().ProcessEventAsync(session.Id, new KodexaExecutionEvent { Type = "x" }));
        var raydocsError = await Assert.ThrowsAsync<SessionClientException>(() =>
            raydocs.GetRequiredService<IRaydocsDocumentsApi>().AttachDocumentsAsync(SandboxExampleIds.RaydocsSession, new RaydocsAttachDocumentsRequest()));
        var batchError = await Assert.ThrowsAsync<SessionClientException>(() =>
            raydocs.GetRequiredService<IRaydocsBatchApi>().ExecuteBatchAsync(SandboxExampleIds.RaydocsTemplate, new RaydocsBatchSessionsRequest()));
        var midPilotError = await Assert.ThrowsAsync<SessionClientException>(() =>
            host.Client("midpilot").GetRequiredService<IMidPilotDocumentationApi>().ListDocumentationAsync(SandboxExampleIds.MidPilotSession));

        foreach (var error in new[] { kodexaError, raydocsError, batchError, midPilotError })
        {
            Assert.IsNotType<SessionNotFoundException>(error);
            Assert.Equal(HttpStatusCode.NotImplemented, error.StatusCode);
            Assert.False(error.IsTransient);
            Assert.Contains("SessionSdk sandbox does not serve", error.VendorMessage, StringComparison.Ordinal);
        }
    }

    private static CreateSessionRequest OpenKodexaSession()
    {
        var request = new CreateSessionRequest();
        request.AdditionalProperties["state"] = "OPEN";
        return request;
    }
}
