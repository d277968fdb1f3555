using System.Text.Json.Serialization;

namespace SessionSdk;

/// <summary>Source-generated JSON metadata for the composite continuation token (compact: defaults are left out).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(CompositeContinuationToken))]
internal sealed partial class CompositeJsonContext : JsonSerializerContext;
