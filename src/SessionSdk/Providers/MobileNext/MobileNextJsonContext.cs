using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.MobileNext;

/// <summary>Source-generated JSON metadata for Mobile Next's types: case-insensitive names, numbers accepted as strings, nulls not written.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MobileNextSession))]
[JsonSerializable(typeof(MobileNextSessionList))]
[JsonSerializable(typeof(List<MobileNextSession>))]
[JsonSerializable(typeof(MobileNextDevice))]
[JsonSerializable(typeof(MobileNextDeviceInfo))]
[JsonSerializable(typeof(MobileNextCreatedSession))]
[JsonSerializable(typeof(MobileNextAllocateDeviceRequest))]
[JsonSerializable(typeof(MobileNextDeviceAllocation))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class MobileNextJsonContext : JsonSerializerContext;
