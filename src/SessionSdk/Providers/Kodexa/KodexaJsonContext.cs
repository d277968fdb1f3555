using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>Source-generated JSON metadata for Kodexa's types: case-insensitive names, numbers accepted as strings, nulls not written.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(KodexaSession))]
[JsonSerializable(typeof(KodexaOrchestratorAgentSession))]
[JsonSerializable(typeof(KodexaPage<KodexaSession>))]
[JsonSerializable(typeof(KodexaPage<KodexaOrchestratorAgentSession>))]
[JsonSerializable(typeof(KodexaExecution))]
[JsonSerializable(typeof(KodexaPage<KodexaExecution>))]
[JsonSerializable(typeof(KodexaExecutionLogEntry))]
[JsonSerializable(typeof(List<KodexaExecutionLogEntry>))]
[JsonSerializable(typeof(KodexaContentObject))]
[JsonSerializable(typeof(KodexaStatusDetails))]
[JsonSerializable(typeof(KodexaExceptionDetails))]
[JsonSerializable(typeof(KodexaExecutionEvent))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class KodexaJsonContext : JsonSerializerContext;
