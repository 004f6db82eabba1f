using System.Text.Json.Serialization;

namespace ImagePipeline.Function.Events;

/// <summary>The bucket of an event.</summary>
public sealed class S3BucketEntity
{
    /// <summary>The bucket's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The bucket's owner.</summary>
    [JsonPropertyName("ownerIdentity")]
    public S3Identity? OwnerIdentity { get; init; }

    /// <summary>The bucket's ARN.</summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }
}
