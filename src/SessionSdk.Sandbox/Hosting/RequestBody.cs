using System.Text.Json.Nodes;

namespace SessionSdk.Sandbox.Hosting;

internal enum RequestBodyKind
{
    Empty,
    Json,
    Invalid,
    TooLarge,
}

/// <summary>A request body as read by <see cref="SandboxHttp.ReadJsonAsync"/>. <see cref="Node"/> is null for JSON <c>null</c> too.</summary>
internal sealed record RequestBody(RequestBodyKind Kind, JsonNode? Node, string? Error, int Position)
{
    public static RequestBody Empty { get; } = new(RequestBodyKind.Empty, null, null, 0);

    public static RequestBody TooLarge { get; } = new(RequestBodyKind.TooLarge, null, "The request body is too large.", 0);

    public JsonObject? Object => Node as JsonObject;
}
