using System.Text.Json.Nodes;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>One extraction run: its result (updated in place as it advances), its session, and when its documents are parsed.</summary>
internal sealed class RaydocsRun(RaydocsSessionRecord session, JsonObject result, DateTimeOffset parsedAt, IReadOnlyList<string> fileNames)
{
    public RaydocsSessionRecord Session { get; } = session;

    public JsonObject Result { get; } = result;

    /// <summary>Gets when the run's documents are all parsed, so the extraction itself can start.</summary>
    public DateTimeOffset ParsedAt { get; } = parsedAt;

    public IReadOnlyList<string> FileNames { get; } = fileNames;
}
