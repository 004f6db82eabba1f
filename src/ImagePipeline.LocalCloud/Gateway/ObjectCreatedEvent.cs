namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>A successful object write through the gateway, as S3 notifications need it.</summary>
/// <param name="Bucket">The bucket written to.</param>
/// <param name="Key">The object key, decoded.</param>
/// <param name="Size">The object's size in bytes.</param>
/// <param name="ETag">The object's ETag, without quotes.</param>
/// <param name="EventName">The S3 event name: <c>ObjectCreated:Put</c>, <c>ObjectCreated:Copy</c> or
/// <c>ObjectCreated:CompleteMultipartUpload</c>.</param>
/// <param name="PrincipalId">The writer's <c>aws:userid</c>, as S3 events carry it.</param>
/// <param name="SourceIp">The writer's IP address.</param>
/// <param name="RequestId">The request id returned to the writer.</param>
/// <param name="TraceId">The <c>X-Amzn-Trace-Id</c> of the write.</param>
/// <param name="Time">When the write completed.</param>
public sealed record ObjectCreatedEvent(
    string Bucket,
    string Key,
    long Size,
    string ETag,
    string EventName,
    string PrincipalId,
    string SourceIp,
    string RequestId,
    string TraceId,
    DateTimeOffset Time);
