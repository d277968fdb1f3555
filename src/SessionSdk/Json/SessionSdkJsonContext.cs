using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SessionSdk;

/// <summary>Source-generated JSON metadata for the SDK's own shared types.</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class SessionSdkJsonContext : JsonSerializerContext;
