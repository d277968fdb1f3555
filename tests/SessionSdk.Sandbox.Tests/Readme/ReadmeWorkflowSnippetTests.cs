using System.Text;
using System.Text.RegularExpressions;
using SessionSdk.Providers.Kodexa;
using SessionSdk.Providers.MidPilot;
using SessionSdk.Providers.MobileNext;
using SessionSdk.Providers.Raydocs;
using SessionSdk.Sandbox.Tests.Workflows;

namespace SessionSdk.Sandbox.Tests.Readme;

/// <summary>Each README workflow snippet, as written, runs against the sandbox (both transports, virtual time).</summary>
public sealed partial class ReadmeWorkflowSnippetTests
{
    [Fact]
    public void EveryMarkedReadmeSnippet_IsTheCodeTheseTestsRun()
    {
        var root = RepositoryRoot();
        var tested = Blocks(File.ReadAllText(Path.Combine(root, "tests", "SessionSdk.Sandbox.Tests", "Readme", "ReadmeWorkflowSnippets.cs")), TestRegion());
        string[] readmes = ["README.md", "src/SessionSdk/README.md", "src/SessionSdk.Sandbox/README.md"];
        var shown = readmes.SelectMany(readme => Blocks(File.ReadAllText(Path.Combine(root, readme)), ReadmeBlock()).Keys).ToHashSet();

        // Every workflow snippet is shown by some README (the package READMEs; the repository README points to them)...
        Assert.Equal(["kodexa-workflow", "midpilot-workflow", "mobilenext-workflow", "raydocs-workflow", "sandbox-in-memory", "wait-for-session"], shown.Order());
        Assert.Equal(shown.Order(), tested.Keys.Order());
        foreach (var readme in readmes)
        {
            // ... and every marked block, wherever it stands, is exactly the code the tests run.
            foreach (var (name, code) in Blocks(File.ReadAllText(Path.Combine(root, readme)), ReadmeBlock()))
            {
                Assert.True(tested.TryGetValue(name, out var run), $"{readme} has snippet '{name}', which no test runs");
                Assert.True(code == run, $"{readme} snippet '{name}' differs from the code the tests run:\n--- README\n{code}\n--- test\n{run}");
            }
        }
    }

    [Fact]
    public async Task SandboxInMemory_RunsAsWritten() => await ReadmeWorkflowSnippets.SandboxInMemory(CancellationToken.None);

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task RaydocsWorkflow_AndWaitForSession_RunAsWritten(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        using var pdf = new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4 readme"));

        var result = await ReadmeWorkflowSnippets.RaydocsWorkflow(host.Services, pdf, CancellationToken.None);
        await ReadmeWorkflowSnippets.WaitForSession(host.Services, result.ExtractionSessionId!, CancellationToken.None);

        Assert.Equal(RaydocsResultStatuses.Completed, result.Status);
        Assert.Equal(SessionStatus.Completed, (await host.Client("raydocs").GetSessionAsync(result.ExtractionSessionId!)).Status);
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task KodexaWorkflow_RunsAsWritten(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var request = new CreateSessionRequest();
        request.AdditionalProperties["state"] = "OPEN";
        var session = await host.Client("kodexa").CreateSessionAsync(request);
        using var kddb = new MemoryStream([1, 2, 3]);

        var execution = await ReadmeWorkflowSnippets.KodexaWorkflow(host.Services, session.Id, kddb, CancellationToken.None);

        Assert.Equal(KodexaExecutionStatuses.Succeeded, execution.Status);
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task MidPilotWorkflow_RunsAsWritten(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);
        var midpilot = host.Client("midpilot");
        var session = await midpilot.CreateSessionAsync(new CreateSessionRequest());
        var jobId = Guid.NewGuid().ToString();
        await midpilot.UpdateSessionAsync(session.Id, new UpdateSessionRequest { Metadata = new JsonObject { ["scrapeJobId"] = jobId } });

        var job = await ReadmeWorkflowSnippets.MidPilotWorkflow(host.Services, session.Id, jobId, CancellationToken.None);

        Assert.Equal(MidPilotJobStatuses.Finished, job.Status);
        Assert.Equal("scrape", job.Type);
    }

    [Theory]
    [MemberData(nameof(WorkflowHost.Transports), MemberType = typeof(WorkflowHost))]
    public async Task MobileNextWorkflow_RunsAsWritten(SandboxTransport transport)
    {
        await using var host = await WorkflowHost.StartAsync(transport);

        var (device, ended) = await ReadmeWorkflowSnippets.MobileNextWorkflow(host.Services, CancellationToken.None);

        Assert.Equal("ios", device.Platform);
        Assert.Equal(SessionStatus.Released, ended.Status);
    }

    /// <summary>Name → code, with each line trimmed and blank lines dropped, so indentation does not count.</summary>
    private static Dictionary<string, string> Blocks(string text, Regex pattern) =>
        pattern.Matches(text).ToDictionary(
            m => m.Groups["name"].Value,
            m => string.Join('\n', m.Groups["code"].Value.Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith("// Given:", StringComparison.Ordinal) && !l.StartsWith("using ", StringComparison.Ordinal)
                    || l.StartsWith("using var ", StringComparison.Ordinal))));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SessionSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SessionSdk.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z-]+) -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex(@"// snippet: (?<name>[a-z-]+)\n(?<code>.*?)// end snippet", RegexOptions.Singleline)]
    private static partial Regex TestRegion();
}
