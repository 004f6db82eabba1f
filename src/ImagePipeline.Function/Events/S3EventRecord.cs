using System.Text.Json.Serialization;

namespace ImagePipeline.Function.Events;

/// <summary>One S3 event record, as S3 serialises it.</summary>
public sealed class S3EventRecord
{
    /// <summary>The record's schema version, for example <c>2.1</c>; only major version 2 is handled.</summary>
    [JsonPropertyName("eventVersion")]
    public string? EventVersion { get; init; }

    /// <summary>The service that sent the record: <c>aws:s3</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }

    /// <summary>The bucket's region.</summary>
    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; init; }

    /// <summary>When S3 finished the request, in ISO-8601.</summary>
    [JsonPropertyName("eventTime")]
    public string? EventTime { get; init; }

    /// <summary>The event type without the <c>s3:</c> prefix, for example <c>ObjectCreated:Put</c>.</summary>
    [JsonPropertyName("eventName")]
    public string? EventName { get; init; }

    /// <summary>Who caused the event.</summary>
    [JsonPropertyName("userIdentity")]
    public S3Identity? UserIdentity { get; init; }

    /// <summary>Details of the request that caused the event.</summary>
    [JsonPropertyName("requestParameters")]
    public S3RequestParameters? RequestParameters { get; init; }

    /// <summary>S3's response headers: <c>x-amz-request-id</c> and <c>x-amz-id-2</c>.</summary>
    [JsonPropertyName("responseElements")]
    public IReadOnlyDictionary<string, string>? ResponseElements { get; init; }

    /// <summary>The bucket and object the event is about.</summary>
    [JsonPropertyName("s3")]
    public S3Entity? S3 { get; init; }
}
