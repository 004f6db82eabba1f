using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;
using ImagePipeline.Cli.Demo;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.LocalCloud.Audit;

namespace ImagePipeline.IntegrationTests.EndToEnd;

[Collection(LocalCloudSuite.Name)]
public sealed class PipelineThroughGatewayTests(LocalCloudFixture fixture)
{
    [Fact]
    public async Task Upload_TwoTenantsThroughGateway_EachSeesOnlyItsOwnVariantsAndItems()
    {
        var ct = TestContext.Current.CancellationToken;
        var alice = LocalCloudFixture.NewTenant("alice");
        var bob = LocalCloudFixture.NewTenant("bob");

        await UploadAsync(alice, "photo.jpg", DemoSamples.Jpeg(800, 600, 1), ct);
        await UploadAsync(bob, "summer trip/été.jpg", DemoSamples.Jpeg(640, 900, 2), ct);
        await fixture.WaitForItemsAsync(alice, 1, ct);
        await fixture.WaitForItemsAsync(bob, 1, ct);

        foreach (var tenant in new[] { alice, bob })
        {
            var credentials = await fixture.TenantUserAsync(tenant, ct);
            using var s3 = fixture.S3(credentials);
            using var dynamo = fixture.Dynamo(credentials);
            var variants = await s3.ListObjectsV2Async(
                new ListObjectsV2Request { BucketName = fixture.Bucket, Prefix = $"processed/{tenant}/" }, ct);
            var items = await dynamo.QueryAsync(
                new QueryRequest
                {
                    TableName = fixture.Table,
                    KeyConditionExpression = "PK = :pk",
                    ExpressionAttributeValues = new() { [":pk"] = new AttributeValue($"USER#{tenant}") },
                },
                ct);

            Assert.Equal(2, variants.S3Objects.Count);
            Assert.All(
                variants.S3Objects,
                o => Assert.StartsWith($"processed/{tenant}/", o.Key, StringComparison.Ordinal));
            foreach (var variant in variants.S3Objects)
            {
                using var read = await s3.GetObjectAsync(fixture.Bucket, variant.Key, ct);
                Assert.True(read.ContentLength > 0);
            }

            var item = Assert.Single(items.Items);
            Assert.Equal(tenant.Value, item["Tenant"].S);
            Assert.Equal("Processed", item["Status"].S);
            await AssertFunctionWentThroughTheGatewayAsync(tenant, ct);
        }
    }

    [Fact]
    public async Task Upload_WithTraceHeader_TraceIdReachesTheMetadataItem()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = LocalCloudFixture.NewTenant("tracer");
        var traceId = $"Root=1-{DateTimeOffset.UtcNow.ToUnixTimeSeconds():x8}-{Guid.NewGuid():N}"[..40];

        await UploadAsync(tenant, "traced.jpg", DemoSamples.Jpeg(300, 200, 3), ct, traceId);
        var items = await fixture.WaitForItemsAsync(tenant, 1, ct);

        Assert.Equal(traceId, Assert.Single(items)["TraceId"].S);
        await fixture.WaitForAuditAsync(r => r.TraceId == traceId && r.EventName == "PutObject", ct);
    }

    [Fact]
    public async Task CopyObject_OwnOriginalToNewName_NotificationProcessesTheCopy()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = LocalCloudFixture.NewTenant("copier");
        await UploadAsync(tenant, "first.jpg", DemoSamples.Jpeg(400, 300, 6), ct);
        await fixture.WaitForItemsAsync(tenant, 1, ct);
        using var s3 = fixture.S3(await fixture.TenantUserAsync(tenant, ct));

        await s3.CopyObjectAsync(
            new CopyObjectRequest
            {
                SourceBucket = fixture.Bucket,
                SourceKey = ObjectKeyLayout.OriginalKey(tenant, "first.jpg"),
                DestinationBucket = fixture.Bucket,
                DestinationKey = ObjectKeyLayout.OriginalKey(tenant, "copy.jpg"),
            },
            ct);
        var items = await fixture.WaitForItemsAsync(tenant, 2, ct);

        Assert.Contains(items, i => i["OriginalKey"].S == ObjectKeyLayout.OriginalKey(tenant, "copy.jpg")
                                    && i["Status"].S == "Processed");
    }

    [Fact]
    public async Task MultipartUpload_Completed_NotificationRunsTheFunction()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = LocalCloudFixture.NewTenant("multi");
        var key = ObjectKeyLayout.OriginalKey(tenant, "big.jpg");
        var content = DemoSamples.Jpeg(2400, 1800, 8);
        var firstPart = Math.Max(5 * 1024 * 1024, content.Length - 1024);
        var padded = content.Concat(new byte[Math.Max(0, firstPart + 1024 - content.Length)]).ToArray();
        using var s3 = fixture.S3(await fixture.TenantUserAsync(tenant, ct));

        var started = await s3.InitiateMultipartUploadAsync(fixture.Bucket, key, ct);
        var one = await s3.UploadPartAsync(Part(started.UploadId, key, 1, padded[..firstPart]), ct);
        var two = await s3.UploadPartAsync(Part(started.UploadId, key, 2, padded[firstPart..]), ct);
        await s3.CompleteMultipartUploadAsync(
            new CompleteMultipartUploadRequest
            {
                BucketName = fixture.Bucket,
                Key = key,
                UploadId = started.UploadId,
                PartETags = [new PartETag(1, one.ETag), new PartETag(2, two.ETag)],
            },
            ct);
        var items = await fixture.WaitForItemsAsync(tenant, 1, ct);

        Assert.Equal(key, Assert.Single(items)["OriginalKey"].S);
    }

    [Fact]
    public async Task Upload_FunctionWritesVariants_VariantsNeverTriggerTheFunction()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = LocalCloudFixture.NewTenant("carol");
        await fixture.Cloud.WaitUntilIdleAsync(ct);
        var observedBefore = fixture.Cloud.Notifications.Observed;
        var matchedBefore = fixture.Cloud.Notifications.Matched;
        var invocationsBefore = fixture.Cloud.Functions.Invocations;

        await UploadAsync(tenant, "one.jpg", DemoSamples.Jpeg(500, 400, 4), ct);
        await UploadAsync(tenant, "two.png", DemoSamples.PngWithAlpha(300, 300, 5), ct);
        await fixture.WaitForItemsAsync(tenant, 2, ct);
        // Two originals and four variants went through the gateway; wait until all six writes were reported.
        await LocalCloudFixture.EventuallyAsync(
            () => Task.FromResult(fixture.Cloud.Notifications.Observed >= observedBefore + 6),
            "six object-created reports",
            ct);

        await fixture.Cloud.WaitUntilIdleAsync(ct);

        Assert.Equal(2, fixture.Cloud.Notifications.Matched - matchedBefore);
        Assert.Equal(2, fixture.Cloud.Functions.Invocations - invocationsBefore);
    }

    // The function's own calls were decided by the gateway: its execution role assumed the processor role with
    // the tenant's tag, and that session, not the function's own, wrote the variants and the item.
    private async Task AssertFunctionWentThroughTheGatewayAsync(TenantId tenant, CancellationToken ct)
    {
        var processorSession = $":assumed-role/imagepipeline-tenant-processor/tenant-{tenant}";
        const string executionSession = ":assumed-role/imagepipeline-function-execution/";
        var variants = $"/processed/{tenant}/";
        static string Arn(AuditRecord r) => r.UserIdentity?.Arn ?? string.Empty;

        // Waiting for each record is the assertion: a call the gateway never decided times the test out.
        await fixture.WaitForAuditAsync(
            r => r.EventName == "AssumeRole"
                 && r.Decision == "Allowed"
                 && Arn(r).Contains(executionSession, StringComparison.Ordinal),
            ct);
        await fixture.WaitForAuditAsync(
            r => r.Action == "s3:PutObject"
                 && r.Decision == "Allowed"
                 && Arn(r).EndsWith(processorSession, StringComparison.Ordinal)
                 && (r.Resource ?? string.Empty).Contains(variants, StringComparison.Ordinal),
            ct,
            count: 2);
        await fixture.WaitForAuditAsync(
            r => r.Action is "dynamodb:PutItem" or "dynamodb:UpdateItem"
                 && r.Decision == "Allowed"
                 && Arn(r).EndsWith(processorSession, StringComparison.Ordinal),
            ct);
    }

    private UploadPartRequest Part(string uploadId, string key, int number, byte[] bytes) => new()
    {
        BucketName = fixture.Bucket,
        Key = key,
        UploadId = uploadId,
        PartNumber = number,
        InputStream = new MemoryStream(bytes),
    };

    private async Task UploadAsync(
        TenantId tenant,
        string name,
        byte[] content,
        CancellationToken ct,
        string? traceId = null)
    {
        using var s3 = fixture.S3(await fixture.TenantUserAsync(tenant, ct));
        var request = new PutObjectRequest
        {
            BucketName = fixture.Bucket,
            Key = ObjectKeyLayout.OriginalKey(tenant, name),
            InputStream = new MemoryStream(content),
        };
        if (traceId is not null)
        {
            request.Headers["X-Amzn-Trace-Id"] = traceId;
        }

        await s3.PutObjectAsync(request, ct);
    }
}
