using System.Text.Json.Serialization;

namespace ImagePipeline.LocalCloud.Notifications;

/// <summary>Source-generated JSON for dead-letter entries: one compact object per line.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = false,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DeadLetterEntry))]
public sealed partial class NotificationJsonContext : JsonSerializerContext;
