using System.Text.Json.Nodes;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>One extraction session: its own fields, the workspace documents attached to it, and its results.</summary>
internal sealed class RaydocsSessionRecord(JsonObject session)
{
    /// <summary>Gets the session's own fields (no <c>documents</c> or <c>results</c>).</summary>
    public JsonObject Session { get; } = session;

    public List<string> DocumentIds { get; } = [];

    public List<JsonObject> Results { get; } = [];
}
