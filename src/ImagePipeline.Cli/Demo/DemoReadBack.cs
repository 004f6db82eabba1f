using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Processing;

namespace ImagePipeline.Cli.Demo;

/// <summary>Reads back what the function wrote, as each tenant through the gateway: objects and items.</summary>
internal static class DemoReadBack
{
    /// <summary>Reads every tenant's originals, variants and metadata status.</summary>
    public static async Task<IReadOnlyList<DemoTenantResult>> ReadAsync(
        DemoCloud cloud,
        IReadOnlyList<TenantId> tenants,
        CancellationToken cancellationToken)
    {
        var results = new List<DemoTenantResult>();
        foreach (var tenant in tenants)
        {
            var clients = await cloud.ForTenantAsync(tenant, cancellationToken);
            var items = await QueryItemsAsync(clients.DynamoDb, cloud.Table, tenant, cancellationToken);
            var originalsPrefix = ObjectKeyLayout.TenantPrefix(ObjectKind.Original, tenant);
            var originals = await ListAsync(clients.S3, cloud.Bucket, originalsPrefix, cancellationToken);
            var rows = new List<DemoOriginalRow>();
            foreach (var original in originals)
            {
                var name = original.Key[originalsPrefix.Length..];
                var variantPrefix = ObjectKeyLayout.TenantPrefix(ObjectKind.Processed, tenant) + name + "/";
                var variants = await ReadVariantsAsync(clients.S3, cloud.Bucket, variantPrefix, cancellationToken);
                rows.Add(ToRow(original, items.GetValueOrDefault(original.Key), variants));
            }

            results.Add(new DemoTenantResult(tenant, rows));
        }

        return results;
    }

    private static DemoOriginalRow ToRow(
        S3Object original,
        Dictionary<string, AttributeValue>? item,
        IReadOnlyList<DemoVariantRow> variants)
    {
        if (item is null)
        {
            return new DemoOriginalRow(original.Key, original.Size ?? 0, "-", "no item", null, variants);
        }

        var dimensions = item.TryGetValue(ImageItemAttributes.Width, out var width)
            && item.TryGetValue(ImageItemAttributes.Height, out var height)
                ? $"{width.N}x{height.N}"
                : "-";
        var reason = item.TryGetValue(ImageItemAttributes.RejectionMessage, out var message) ? message.S : null;
        return new DemoOriginalRow(
            original.Key, original.Size ?? 0, dimensions, item[ImageItemAttributes.Status].S, reason, variants);
    }

    private static async Task<Dictionary<string, Dictionary<string, AttributeValue>>> QueryItemsAsync(
        IAmazonDynamoDB dynamoDb,
        string table,
        TenantId tenant,
        CancellationToken cancellationToken)
    {
        var response = await dynamoDb.QueryAsync(
            new QueryRequest
            {
                TableName = table,
                KeyConditionExpression = "#pk = :pk",
                ExpressionAttributeNames = new() { ["#pk"] = ImageItemAttributes.PartitionKey },
                ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = "USER#" + tenant.Value } },
            },
            cancellationToken);
        return (response.Items ?? []).ToDictionary(i => i[ImageItemAttributes.OriginalKey].S, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<DemoVariantRow>> ReadVariantsAsync(
        IAmazonS3 s3,
        string bucket,
        string prefix,
        CancellationToken cancellationToken)
    {
        var rows = new List<DemoVariantRow>();
        foreach (var variant in await ListAsync(s3, bucket, prefix, cancellationToken))
        {
            var head = await s3.GetObjectMetadataAsync(bucket, variant.Key, cancellationToken);
            var dimensions = $"{head.Metadata["width"] ?? "?"}x{head.Metadata["height"] ?? "?"}";
            rows.Add(new DemoVariantRow(variant.Key, variant.Size ?? 0, dimensions, head.Headers.ContentType));
        }

        return rows;
    }

    private static async Task<IReadOnlyList<S3Object>> ListAsync(
        IAmazonS3 s3,
        string bucket,
        string prefix,
        CancellationToken cancellationToken)
    {
        var objects = new List<S3Object>();
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        ListObjectsV2Response response;
        do
        {
            response = await s3.ListObjectsV2Async(request, cancellationToken);
            objects.AddRange(response.S3Objects ?? []);
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);

        return objects;
    }
}
