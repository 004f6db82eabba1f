using System.Text.Json.Serialization;

namespace ImagePipeline.Function.Events;

/// <summary>The notification S3 sends to the function: one or more event records (event version 2.x).</summary>
public sealed class S3Event
{
    /// <summary>The records of the notification; S3 usually sends one, but the shape allows several.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<S3EventRecord>? Records { get; init; }
}
