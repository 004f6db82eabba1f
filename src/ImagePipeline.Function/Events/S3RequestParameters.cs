using System.Text.Json.Serialization;

namespace ImagePipeline.Function.Events;

/// <summary>The parameters of the request that caused an event.</summary>
public sealed class S3RequestParameters
{
    /// <summary>The address the request came from.</summary>
    [JsonPropertyName("sourceIPAddress")]
    public string? SourceIpAddress { get; init; }
}
