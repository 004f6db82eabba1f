using System.Text.Json.Serialization;

namespace ImagePipeline.LocalCloud.Audit;

/// <summary>One request as the gateway saw and decided it, shaped like a CloudTrail event.</summary>
public sealed record AuditRecord
{
    /// <summary>When the request arrived, in UTC.</summary>
    [JsonPropertyName("eventTime")]
    public required DateTimeOffset EventTime { get; init; }

    /// <summary>The service, as CloudTrail names it, for example <c>s3.amazonaws.com</c>.</summary>
    [JsonPropertyName("eventSource")]
    public required string EventSource { get; init; }

    /// <summary>The API operation, for example <c>PutObject</c> or <c>Query</c>.</summary>
    [JsonPropertyName("eventName")]
    public required string EventName { get; init; }

    /// <summary>The region the request was signed for.</summary>
    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; init; }

    /// <summary>The caller's IP address.</summary>
    [JsonPropertyName("sourceIPAddress")]
    public string? SourceIpAddress { get; init; }

    /// <summary>The request id the gateway returned to the caller.</summary>
    [JsonPropertyName("requestID")]
    public required string RequestId { get; init; }

    /// <summary>The caller, or null when the request could not be authenticated.</summary>
    [JsonPropertyName("userIdentity")]
    public AuditIdentity? UserIdentity { get; init; }

    /// <summary>The IAM action the request was classified as, or null when it could not be classified.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; init; }

    /// <summary>Further actions the allowed request was also authorised for, such as <c>sts:TagSession</c> for an
    /// <c>sts:AssumeRole</c> with tags; null when there were none or the request was refused.</summary>
    [JsonPropertyName("alsoAuthorized")]
    public IReadOnlyList<string>? AlsoAuthorized { get; init; }

    /// <summary>The resource ARN the decision was about.</summary>
    [JsonPropertyName("resource")]
    public string? Resource { get; init; }

    /// <summary><c>Allowed</c>, <c>ExplicitDeny</c> or <c>ImplicitDeny</c>.</summary>
    [JsonPropertyName("decision")]
    public required string Decision { get; init; }

    /// <summary>The statement that decided it (<c>policy:Sid</c>), when one did.</summary>
    [JsonPropertyName("decidingStatement")]
    public string? DecidingStatement { get; init; }

    /// <summary>The AWS error code returned, or null when the request succeeded.</summary>
    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; init; }

    /// <summary>The AWS error message returned, or null when the request succeeded.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }

    /// <summary>The HTTP status sent back to the caller: the outcome.</summary>
    [JsonPropertyName("httpStatus")]
    public int HttpStatus { get; init; }

    /// <summary>The <c>X-Amzn-Trace-Id</c> that travelled with the request.</summary>
    [JsonPropertyName("traceId")]
    public string? TraceId { get; init; }
}
