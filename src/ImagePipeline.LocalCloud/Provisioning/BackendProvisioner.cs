using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.Function.Processing;
using ImagePipeline.Policies.Templates;

namespace ImagePipeline.LocalCloud.Provisioning;

/// <summary>Creates the template's bucket and table straight on the backend, as the deployer would.</summary>
public static class BackendProvisioner
{
    /// <summary>Creates the bucket and the table; either may already exist from an earlier run.</summary>
    /// <param name="backend">The backend's endpoint (moto).</param>
    /// <param name="credentials">The backend's own credentials.</param>
    /// <param name="region">The region the local cloud plays.</param>
    /// <param name="template">The resolved template.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public static async Task CreateAsync(
        Uri backend,
        AWSCredentials credentials,
        string region,
        ResolvedTemplate template,
        CancellationToken cancellationToken)
    {
        await CreateBucketAsync(backend, credentials, region, template.BucketName, cancellationToken);
        await CreateTableAsync(backend, credentials, region, template.Table, cancellationToken);
    }

    private static async Task CreateBucketAsync(
        Uri backend,
        AWSCredentials credentials,
        string region,
        string bucket,
        CancellationToken cancellationToken)
    {
        var config = new AmazonS3Config
        {
            ServiceURL = backend.ToString(),
            ForcePathStyle = true,
            AuthenticationRegion = region,
        };
        using var s3 = new AmazonS3Client(credentials, config);
        try
        {
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket }, cancellationToken);
        }
        catch (AmazonS3Exception ex) when (ex.ErrorCode is "BucketAlreadyOwnedByYou")
        {
            // A bucket left by an earlier run against the same storage is the bucket the template describes.
        }
    }

    /// <summary>The CreateTable request for the template's table: string keys and its billing mode.</summary>
    /// <remarks>The template declares its key attributes as strings; the resolved table has only their names.</remarks>
    public static CreateTableRequest TableRequest(ResolvedTable table)
    {
        var request = new CreateTableRequest
        {
            TableName = table.TableName,
            BillingMode = table.BillingMode == "PROVISIONED" ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new(table.PartitionKey, ScalarAttributeType.S)],
            KeySchema = [new(table.PartitionKey, KeyType.HASH)],
        };
        if (table.SortKey is { } sortKey)
        {
            request.AttributeDefinitions.Add(new(sortKey, ScalarAttributeType.S));
            request.KeySchema.Add(new(sortKey, KeyType.RANGE));
        }

        if (request.BillingMode == BillingMode.PROVISIONED)
        {
            request.ProvisionedThroughput = new ProvisionedThroughput(5, 5);
        }

        return request;
    }

    /// <summary>The CreateTable request for a metadata table with the function's keys, billed on demand.</summary>
    /// <remarks>For harnesses that need a fresh, uniquely named table beside the template's own.</remarks>
    public static CreateTableRequest MetadataTableRequest(string tableName) =>
        TableRequest(new ResolvedTable(
            TemplateLogicalIds.Table,
            tableName,
            Arn: string.Empty,
            ImageItemAttributes.PartitionKey,
            ImageItemAttributes.SortKey,
            "PAY_PER_REQUEST"));

    private static async Task CreateTableAsync(
        Uri backend,
        AWSCredentials credentials,
        string region,
        ResolvedTable table,
        CancellationToken cancellationToken)
    {
        var config = new AmazonDynamoDBConfig { ServiceURL = backend.ToString(), AuthenticationRegion = region };
        using var dynamo = new AmazonDynamoDBClient(credentials, config);
        try
        {
            await dynamo.CreateTableAsync(TableRequest(table), cancellationToken);
        }
        catch (ResourceInUseException)
        {
            // The table survives from an earlier run against the same storage.
        }
    }
}
