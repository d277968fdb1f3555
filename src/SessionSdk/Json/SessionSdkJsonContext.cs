using System.Text.Json.Serialization;

namespace SessionSdk;

/// <summary>Source-generated JSON metadata for the SDK's own shared types.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class SessionSdkJsonContext : JsonSerializerContext;
