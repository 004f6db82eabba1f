using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Processing;

namespace ImagePipeline.Cli.Demo;

/// <summary>The demo's upload and wait steps: uploads as each tenant, then waits for the function's items.</summary>
internal static class DemoPipeline
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Uploads every tenant's samples through the gateway, as that tenant's user session.</summary>
    /// <remarks>The function is not called here: each upload's S3 notification triggers it.</remarks>
    public static async Task<IReadOnlyList<DemoUpload>> UploadSamplesAsync(
        DemoCloud cloud,
        IReadOnlyList<TenantId> tenants,
        CancellationToken cancellationToken)
    {
        var uploads = new List<DemoUpload>();
        for (var index = 0; index < tenants.Count; index++)
        {
            var clients = await cloud.ForTenantAsync(tenants[index], cancellationToken);
            foreach (var sample in DemoSamples.ForTenant(index))
            {
                var key = ObjectKeyLayout.OriginalKey(tenants[index], sample.Name);
                using var content = new MemoryStream(sample.Content, writable: false);
                await clients.S3.PutObjectAsync(
                    new PutObjectRequest
                    {
                        BucketName = cloud.Bucket,
                        Key = key,
                        InputStream = content,
                        ContentType = sample.ContentType,
                    },
                    cancellationToken);
                uploads.Add(new DemoUpload(tenants[index], sample, key));
            }
        }

        return uploads;
    }

    /// <summary>Waits until every upload has its metadata item, reporting progress, or the timeout passes.</summary>
    /// <returns>The keys of the uploads still without an item; empty when all arrived.</returns>
    public static async Task<IReadOnlyList<string>> WaitForItemsAsync(
        DemoCloud cloud,
        IReadOnlyList<DemoUpload> uploads,
        Action<int, int> progress,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var missing = uploads.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        while (true)
        {
            foreach (var tenant in uploads.Select(u => u.Tenant).Distinct())
            {
                missing.ExceptWith(await ItemKeysAsync(cloud, tenant, cancellationToken));
            }

            progress(uploads.Count - missing.Count, uploads.Count);
            if (missing.Count == 0 || DateTimeOffset.UtcNow >= deadline)
            {
                return [.. missing.Order(StringComparer.Ordinal)];
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static async Task<IEnumerable<string>> ItemKeysAsync(
        DemoCloud cloud,
        TenantId tenant,
        CancellationToken cancellationToken)
    {
        var clients = await cloud.ForTenantAsync(tenant, cancellationToken);
        var response = await clients.DynamoDb.QueryAsync(
            new QueryRequest
            {
                TableName = cloud.Table,
                KeyConditionExpression = "#pk = :pk",
                ExpressionAttributeNames = new() { ["#pk"] = ImageItemAttributes.PartitionKey },
                ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = "USER#" + tenant.Value } },
            },
            cancellationToken);
        return (response.Items ?? []).Select(i => i[ImageItemAttributes.OriginalKey].S);
    }
}
