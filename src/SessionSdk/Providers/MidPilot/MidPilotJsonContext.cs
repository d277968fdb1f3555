using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MidPilot;

/// <summary>Source-generated JSON metadata for midPilot's types: case-insensitive names, numbers accepted as strings, nulls not written.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MidPilotSession))]
[JsonSerializable(typeof(MidPilotSessionMessage))]
[JsonSerializable(typeof(MidPilotSessionUpdate))]
[JsonSerializable(typeof(MidPilotSessionJobs))]
[JsonSerializable(typeof(List<MidPilotDocumentation>))]
[JsonSerializable(typeof(MidPilotDocumentationDeleted))]
[JsonSerializable(typeof(MidPilotJobCreated))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class MidPilotJsonContext : JsonSerializerContext;
