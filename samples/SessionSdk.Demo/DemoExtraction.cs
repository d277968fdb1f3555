using System.Diagnostics;
using System.Text;
using SessionSdk.Providers.Raydocs;

namespace SessionSdk.Demo;

/// <summary>
/// One whole Raydocs workflow: create an extraction session, upload a file into it (signed URL, PUT, upload key),
/// run the extraction and wait for its result with a progress line per state, read the data, delete the session.
/// </summary>
internal sealed class DemoExtraction(ISessionClientProvider provider, string templateId, TextWriter output)
{
    // Short pauses: the sandbox finishes each stage in half a second, a real vendor takes longer and the wait backs off.
    private static readonly SessionWaitOptions Wait = new()
    {
        InitialInterval = TimeSpan.FromMilliseconds(250),
        MaxInterval = TimeSpan.FromSeconds(5),
        BackoffFactor = 1.5,
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>Runs the workflow; returns false (after saying why) when it failed.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine("7. A whole Raydocs extraction: upload a file, extract, wait for the result");
        if (!provider.TryGetClient("raydocs", out var raydocs))
        {
            output.WriteLine("   skipped: no raydocs provider is registered");
            return true;
        }

        var request = new CreateSessionRequest { Name = "SessionSdk demo extraction" };
        request.AdditionalProperties["extraction_template_id"] = templateId;
        Session? session = null;
        try
        {
            session = await raydocs.CreateSessionAsync(request, cancellationToken).ConfigureAwait(false);
            Row($"created session {session.Id}");

            using var file = new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n% SessionSdk demo invoice INV-2026-0042, total 1,234.50 EUR\n%%EOF\n"));
            var document = await raydocs.UploadDocumentAsync(session.Id, file, "application/pdf", cancellationToken).ConfigureAwait(false);
            Row($"uploaded {document.FileName} ({document.Size} bytes, {document.Status}): signed URL, PUT without the token, upload key");

            var clock = Stopwatch.StartNew();
            string? last = null;
            var progress = new LineProgress<RaydocsResult>(result =>
            {
                if (result.Status != last)
                {
                    last = result.Status;
                    Row($"result {result.Id}  {result.Status,-16} {clock.Elapsed.TotalSeconds,4:0.0} s");
                }
            });
            var result = await raydocs.ExtractAndWaitAsync(session.Id, Wait, progress, cancellationToken).ConfigureAwait(false);
            Row($"extracted: {result.Data?.GetRawText() ?? "{}"}");
            return result.Status == RaydocsResultStatuses.Completed;
        }
        catch (SessionClientException e)
        {
            Row($"FAILED: {e.GetType().Name}: {e.Message}");
            return false;
        }
        finally
        {
            if (session is not null)
            {
                await raydocs.DeleteSessionAsync(session.Id, CancellationToken.None).ConfigureAwait(false);
                Row($"deleted session {session.Id}");
            }
        }
    }

    private void Row(string text) => output.WriteLine($"   {"raydocs",-14} {text}");

    /// <summary>Reports synchronously, in order (<see cref="Progress{T}"/> would post each line later, possibly after the result).</summary>
    private sealed class LineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
