using Amazon.DynamoDBv2;
using Amazon.S3;

namespace ImagePipeline.Function.Sessions;

/// <summary>The S3 and DynamoDB clients to use for one tenant's images.</summary>
/// <param name="S3">The S3 client.</param>
/// <param name="DynamoDb">The DynamoDB client.</param>
public sealed record TenantClients(IAmazonS3 S3, IAmazonDynamoDB DynamoDb);
