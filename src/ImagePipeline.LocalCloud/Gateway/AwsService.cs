namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>The services the gateway fronts, told apart the way AWS clients address them.</summary>
internal enum AwsService
{
    /// <summary>Amazon S3: path-style or virtual-hosted-style, SigV4 scope <c>s3</c>.</summary>
    S3,

    /// <summary>Amazon DynamoDB: JSON 1.0 with <c>X-Amz-Target</c>, SigV4 scope <c>dynamodb</c>.</summary>
    DynamoDb,

    /// <summary>AWS STS: the query protocol, SigV4 scope <c>sts</c>.</summary>
    Sts,
}
