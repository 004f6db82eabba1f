using Amazon.S3.Model;
using ImagePipeline.Cli.Demo;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.LocalCloud.Notifications;

namespace ImagePipeline.IntegrationTests.EndToEnd;

/// <summary>A function bug that writes into another tenant's prefix is refused, retried, then dead-lettered.</summary>
public sealed class BrokenHandlerTests(BrokenHandlerFixture fixture) : IClassFixture<BrokenHandlerFixture>
{
    [Fact]
    public async Task BrokenHandler_WritesIntoVictimsPrefix_RefusedByIamAndDeadLettered()
    {
        var ct = TestContext.Current.CancellationToken;
        var attacker = LocalCloudFixture.NewTenant("buggy");
        var key = ObjectKeyLayout.OriginalKey(attacker, "cat.jpg");
        using (var s3 = fixture.S3(await fixture.TenantUserAsync(attacker, ct)))
        {
            await s3.PutObjectAsync(
                new PutObjectRequest
                {
                    BucketName = fixture.Bucket,
                    Key = key,
                    InputStream = new MemoryStream(DemoSamples.Jpeg(200, 100, 7)),
                },
                ct);
        }

        await LocalCloudFixture.EventuallyAsync(
            () => Task.FromResult(fixture.Cloud.Functions.DeadLettered > 0), "a dead-lettered event", ct);

        var dead = Assert.Single(DeadLetterFile.ReadAll(fixture.Cloud.DeadLetterPath));
        Assert.Equal(key, dead.Key);
        Assert.Equal(2, dead.Attempts);
        Assert.Equal("AmazonS3Exception", dead.ErrorType);
        Assert.Contains(key.Replace(" ", "+", StringComparison.Ordinal), dead.Event, StringComparison.Ordinal);
        Assert.Equal(2, fixture.Cloud.Functions.Invocations);
        using var direct = fixture.DirectS3();
        var victimObjects = await direct.ListObjectsV2Async(
            new ListObjectsV2Request
            {
                BucketName = fixture.Bucket,
                Prefix = $"processed/{CrossTenantWritingHandler.Victim}/",
            },
            ct);
        Assert.Empty(victimObjects.S3Objects ?? []);
        var denials = await fixture.WaitForAuditAsync(
            r => r.Action == "s3:PutObject"
                 && r.Decision == "ImplicitDeny"
                 && r.UserIdentity?.SessionTags.GetValueOrDefault("UserID") == attacker.Value
                 && (r.UserIdentity?.Arn ?? string.Empty).Contains(":assumed-role/", StringComparison.Ordinal),
            ct,
            count: 2);
        Assert.Equal(2, denials.Count);
        Assert.All(denials, d => Assert.Equal("AccessDenied", d.ErrorCode));
    }
}
