using System.Text.Json.Serialization;

namespace ImagePipeline.LocalCloud.Audit;

/// <summary>Source-generated JSON for audit records: one compact object per line.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AuditRecord))]
public sealed partial class AuditJsonContext : JsonSerializerContext;
