using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Raydocs;

/// <summary>Source-generated JSON metadata for Raydocs's types: case-insensitive names, numbers accepted as strings, nulls not written.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RaydocsExtractionSession))]
[JsonSerializable(typeof(List<RaydocsExtractionSession>))]
[JsonSerializable(typeof(RaydocsCreateSessionRequest))]
[JsonSerializable(typeof(RaydocsDocument))]
[JsonSerializable(typeof(RaydocsPage<RaydocsDocument>))]
[JsonSerializable(typeof(RaydocsUploadDocumentsRequest))]
[JsonSerializable(typeof(RaydocsAttachDocumentsRequest))]
[JsonSerializable(typeof(RaydocsLegacyUploadRequest))]
[JsonSerializable(typeof(RaydocsSignedStorageUrlRequest))]
[JsonSerializable(typeof(RaydocsSignedStorageUrl))]
[JsonSerializable(typeof(RaydocsResult))]
[JsonSerializable(typeof(List<RaydocsResult>))]
[JsonSerializable(typeof(RaydocsPage<RaydocsResult>))]
[JsonSerializable(typeof(RaydocsResultList))]
[JsonSerializable(typeof(RaydocsBatchCreateRequest))]
[JsonSerializable(typeof(RaydocsBatchSessionsRequest))]
[JsonSerializable(typeof(RaydocsBatchExportRequest))]
[JsonSerializable(typeof(RaydocsBatchExecuteResponse))]
[JsonSerializable(typeof(List<RaydocsBatchExportItem>))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class RaydocsJsonContext : JsonSerializerContext;
