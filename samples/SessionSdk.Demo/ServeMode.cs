using System.Runtime.InteropServices;
using SessionSdk.Sandbox;

namespace SessionSdk.Demo;

/// <summary><c>--serve</c>: keep the sandbox running and say how to reach it, until Ctrl+C (or SIGTERM).</summary>
internal static class ServeMode
{
    public static async Task<int> RunAsync(int firstPort, TextWriter output)
    {
        var options = firstPort == 0
            ? new SessionSandboxOptions()
            : new SessionSandboxOptions { KodexaPort = firstPort, RaydocsPort = firstPort + 1, MidPilotPort = firstPort + 2, MobileNextPort = firstPort + 3 };
        await using var sandbox = await SessionSandbox.StartAsync(options);

        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.TrySetResult();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopped.TrySetResult();
        });

        var kodexa = sandbox.KodexaBaseAddress.ToString().TrimEnd('/');
        var raydocs = sandbox.RaydocsBaseAddress.ToString().TrimEnd('/');
        var midPilot = sandbox.MidPilotBaseAddress.ToString().TrimEnd('/');
        var mobileNext = sandbox.MobileNextBaseAddress.ToString().TrimEnd('/');
        output.WriteLine("SessionSdk sandbox running (Ctrl+C stops it).");
        output.WriteLine();
        output.WriteLine($"  Kodexa       {kodexa}/   x-api-key: {sandbox.KodexaApiKey}");
        output.WriteLine($"  Raydocs      {raydocs}/   Authorization: Bearer {sandbox.RaydocsToken}");
        output.WriteLine($"  midPilot     {midPilot}/   (no authentication)");
        output.WriteLine($"  Mobile Next  {mobileNext}/   Authorization: Bearer {sandbox.MobileNextApiKey}   X-Organization-Id: {sandbox.MobileNextOrganizationId}");
        output.WriteLine();
        output.WriteLine("Try:");
        output.WriteLine($"  curl -H 'x-api-key: {sandbox.KodexaApiKey}' '{kodexa}/api/sessions?pageSize=3&sort=createdOn,desc'");
        output.WriteLine($"  curl -H 'x-api-key: {sandbox.KodexaApiKey}' {kodexa}/api/sessions/{SandboxExampleIds.KodexaSession}");
        output.WriteLine($"  curl -H 'Authorization: Bearer {sandbox.RaydocsToken}' {raydocs}/extractions/sessions/{SandboxExampleIds.RaydocsSession}");
        output.WriteLine($"  curl -X POST -H 'Authorization: Bearer {sandbox.RaydocsToken}' -H 'Content-Type: application/json' -d '{{\"extraction_template_id\":\"{SandboxExampleIds.RaydocsTemplate}\",\"name\":\"Mine\"}}' {raydocs}/extractions/sessions");
        output.WriteLine($"  curl -X POST -H 'Authorization: Bearer {sandbox.RaydocsToken}' -H 'Content-Type: application/json' -d '{{\"content_type\":\"application/pdf\"}}' {raydocs}/vapor/signed-storage-url   # then PUT the file to its url");
        output.WriteLine($"  curl {midPilot}/api/v1/session/{SandboxExampleIds.MidPilotSession}");
        output.WriteLine($"  curl -X POST {midPilot}/api/v1/session");
        output.WriteLine($"  curl -H 'Authorization: Bearer {sandbox.MobileNextApiKey}' '{mobileNext}/api/v1/sessions?limit=3'");
        output.WriteLine($"  curl -X POST -H 'Authorization: Bearer {sandbox.MobileNextApiKey}' {mobileNext}/api/v1/sessions");
        await output.FlushAsync();

        await stopped.Task;
        output.WriteLine("Stopping the sandbox.");
        return 0;
    }
}
