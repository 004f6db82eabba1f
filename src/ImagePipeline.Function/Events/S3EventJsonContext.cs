using System.Text.Json.Serialization;

namespace ImagePipeline.Function.Events;

/// <summary>Source-generated JSON metadata for the event model, so no reflection is needed (Native AOT).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(S3Event))]
public sealed partial class S3EventJsonContext : JsonSerializerContext;
