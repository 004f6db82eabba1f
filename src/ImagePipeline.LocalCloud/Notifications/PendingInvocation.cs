namespace ImagePipeline.LocalCloud.Notifications;

/// <summary>An S3 event waiting to be delivered to a function.</summary>
/// <param name="FunctionArn">The function the notification targets.</param>
/// <param name="Bucket">The bucket written to.</param>
/// <param name="Key">The decoded object key.</param>
/// <param name="Payload">The event JSON, exactly as S3 would send it.</param>
/// <param name="TraceId">The <c>X-Amzn-Trace-Id</c> of the write that caused the event.</param>
/// <param name="RequestId">The invocation's request id, kept across retries as Lambda does.</param>
public sealed record PendingInvocation(
    string FunctionArn,
    string Bucket,
    string Key,
    string Payload,
    string TraceId,
    string RequestId);
