using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Processing;

namespace ImagePipeline.Cli.Demo;

/// <summary>Reads back what the function wrote: objects from S3, items from DynamoDB.</summary>
internal static class DemoReadBack
{
    /// <summary>Reads every tenant's originals, variants and metadata status.</summary>
    public static async Task<IReadOnlyList<DemoTenantResult>> ReadAsync(
        DemoBackend backend,
        IReadOnlyList<TenantId> tenants,
        CancellationToken cancellationToken)
    {
        var results = new List<DemoTenantResult>();
        foreach (var tenant in tenants)
        {
            var items = await QueryItemsAsync(backend, tenant, cancellationToken);
            var originalsPrefix = ObjectKeyLayout.TenantPrefix(ObjectKind.Original, tenant);
            var originals = await ListAsync(backend, originalsPrefix, cancellationToken);
            var rows = new List<DemoOriginalRow>();
            foreach (var original in originals)
            {
                var name = original.Key[originalsPrefix.Length..];
                var variantPrefix = ObjectKeyLayout.TenantPrefix(ObjectKind.Processed, tenant) + name + "/";
                var variants = await ReadVariantsAsync(backend, variantPrefix, cancellationToken);
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
        DemoBackend backend,
        TenantId tenant,
        CancellationToken cancellationToken)
    {
        var response = await backend.DynamoDb.QueryAsync(
            new QueryRequest
            {
                TableName = backend.Options.TableName,
                KeyConditionExpression = "#pk = :pk",
                ExpressionAttributeNames = new() { ["#pk"] = ImageItemAttributes.PartitionKey },
                ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = "USER#" + tenant.Value } },
            },
            cancellationToken);
        return (response.Items ?? []).ToDictionary(i => i[ImageItemAttributes.OriginalKey].S, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<DemoVariantRow>> ReadVariantsAsync(
        DemoBackend backend,
        string prefix,
        CancellationToken cancellationToken)
    {
        var rows = new List<DemoVariantRow>();
        foreach (var variant in await ListAsync(backend, prefix, cancellationToken))
        {
            var head = await backend.S3.GetObjectMetadataAsync(backend.Bucket, variant.Key, cancellationToken);
            var dimensions = $"{head.Metadata["width"] ?? "?"}x{head.Metadata["height"] ?? "?"}";
            rows.Add(new DemoVariantRow(variant.Key, variant.Size ?? 0, dimensions, head.Headers.ContentType));
        }

        return rows;
    }

    private static async Task<IReadOnlyList<S3Object>> ListAsync(
        DemoBackend backend,
        string prefix,
        CancellationToken cancellationToken)
    {
        var objects = new List<S3Object>();
        var request = new ListObjectsV2Request { BucketName = backend.Bucket, Prefix = prefix };
        ListObjectsV2Response response;
        do
        {
            response = await backend.S3.ListObjectsV2Async(request, cancellationToken);
            objects.AddRange(response.S3Objects ?? []);
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);

        return objects;
    }
}
