using System.Text.Json.Serialization;

namespace ImagePipeline.Function.Events;

/// <summary>The S3 part of an event record: which notification fired, on which bucket and object.</summary>
public sealed class S3Entity
{
    /// <summary>The schema version of this part, <c>1.0</c>.</summary>
    [JsonPropertyName("s3SchemaVersion")]
    public string? S3SchemaVersion { get; init; }

    /// <summary>The id of the bucket's notification configuration that fired.</summary>
    [JsonPropertyName("configurationId")]
    public string? ConfigurationId { get; init; }

    /// <summary>The bucket.</summary>
    [JsonPropertyName("bucket")]
    public S3BucketEntity? Bucket { get; init; }

    /// <summary>The object.</summary>
    [JsonPropertyName("object")]
    public S3ObjectEntity? ObjectEntity { get; init; }
}
