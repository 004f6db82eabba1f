using System.Text.Json.Serialization;

namespace ImagePipeline.Function.Events;

/// <summary>A principal named in an event: the uploader, or the bucket owner.</summary>
public sealed class S3Identity
{
    /// <summary>The principal's id.</summary>
    [JsonPropertyName("principalId")]
    public string? PrincipalId { get; init; }
}
