namespace ImagePipeline.Policies.Templates;

/// <summary>One Lambda notification of the bucket.</summary>
/// <param name="Event">The event pattern, such as <c>s3:ObjectCreated:*</c>.</param>
/// <param name="Prefix">The key prefix filter, or null.</param>
/// <param name="Suffix">The key suffix filter, or null.</param>
/// <param name="FunctionArn">The target function's ARN.</param>
/// <param name="FunctionLogicalId">The target function's logical id, when it is defined in the template.</param>
public sealed record BucketNotification(
    string Event,
    string? Prefix,
    string? Suffix,
    string FunctionArn,
    string? FunctionLogicalId);
