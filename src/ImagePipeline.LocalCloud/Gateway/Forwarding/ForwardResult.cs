namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>What came back from the backend, after its response was streamed to the caller.</summary>
/// <param name="Status">The backend's HTTP status, passed through unchanged.</param>
/// <param name="RequestId">The backend's request id header, when it sent one.</param>
/// <param name="ETag">The ETag header, when present.</param>
/// <param name="ErrorCode">The error type header of a DynamoDB error, when present.</param>
/// <param name="Body">The response body, when the caller asked for a copy of it.</param>
internal sealed record ForwardResult(
    int Status,
    string? RequestId,
    string? ETag,
    string? ErrorCode,
    byte[]? Body = null);
