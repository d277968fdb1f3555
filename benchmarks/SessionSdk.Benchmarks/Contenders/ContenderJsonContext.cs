using System.Text.Json.Serialization;

namespace SessionSdk.Benchmarks.Contenders;

/// <summary>Source-generated metadata for the contenders' DTOs (defaults, as a hand-written client would have).</summary>
[JsonSerializable(typeof(MinimalSession))]
[JsonSerializable(typeof(FullSession))]
[JsonSerializable(typeof(FullPage))]
public sealed partial class ContenderJsonContext : JsonSerializerContext;
