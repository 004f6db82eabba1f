using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class MultipartAttackTests(GatewayFixture fixture)
{
    private const string AliceKey = "originals/alice/avatar.jpg";

    [Fact]
    public async Task UploadPartAndComplete_WithAnotherTenantsUploadId_RefusedAndTheVictimsObjectIsUnchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        await SeedAsync(bucket, ct);
        using var alice = fixture.S3(await fixture.TenantUserAsync("alice", ct));
        using var sut = fixture.S3(await fixture.TenantUserAsync("mallory", ct));
        var started = await alice.InitiateMultipartUploadAsync(bucket, AliceKey, ct);
        const string MalloryKey = "originals/mallory/x.jpg";

        var partError = await Assert.ThrowsAsync<AmazonS3Exception>(() => sut.UploadPartAsync(
            new UploadPartRequest
            {
                BucketName = bucket, Key = MalloryKey, UploadId = started.UploadId, PartNumber = 1,
                InputStream = new MemoryStream(Encoding.UTF8.GetBytes("overwritten")),
            },
            ct));
        var completeError = await Assert.ThrowsAsync<AmazonS3Exception>(() => sut.CompleteMultipartUploadAsync(
            new CompleteMultipartUploadRequest
            {
                BucketName = bucket, Key = MalloryKey, UploadId = started.UploadId,
                PartETags = [new PartETag(1, "\"0\"")],
            },
            ct));

        Assert.Equal("NoSuchUpload", partError.ErrorCode);
        Assert.Equal("NoSuchUpload", completeError.ErrorCode);
        Assert.Equal("alice's avatar", await BackendTextAsync(bucket, AliceKey, ct));
        Assert.DoesNotContain(fixture.Created, e => e.Bucket == bucket);
    }

    [Fact]
    public async Task MultipartUpload_OwnKeyFromStartToFinish_StoresTheObject()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        using var sut = fixture.S3(await fixture.TenantUserAsync("alice", ct));

        var started = await sut.InitiateMultipartUploadAsync(bucket, AliceKey, ct);
        var part = await sut.UploadPartAsync(
            new UploadPartRequest
            {
                BucketName = bucket, Key = AliceKey, UploadId = started.UploadId, PartNumber = 1,
                InputStream = new MemoryStream(Encoding.UTF8.GetBytes("new avatar")),
            },
            ct);
        await sut.CompleteMultipartUploadAsync(
            new CompleteMultipartUploadRequest
            {
                BucketName = bucket, Key = AliceKey, UploadId = started.UploadId,
                PartETags = [new PartETag(1, part.ETag)],
            },
            ct);

        Assert.Equal("new avatar", await BackendTextAsync(bucket, AliceKey, ct));
    }

    private async Task SeedAsync(string bucket, CancellationToken ct)
    {
        using var direct = new AmazonS3Client(new BasicAWSCredentials("test", "test"), fixture.DirectS3Config());
        await direct.PutObjectAsync(
            new PutObjectRequest { BucketName = bucket, Key = AliceKey, ContentBody = "alice's avatar" }, ct);
    }

    private async Task<string> BackendTextAsync(string bucket, string key, CancellationToken ct)
    {
        using var direct = new AmazonS3Client(new BasicAWSCredentials("test", "test"), fixture.DirectS3Config());
        using var response = await direct.GetObjectAsync(bucket, key, ct);
        using var reader = new StreamReader(response.ResponseStream);
        return await reader.ReadToEndAsync(ct);
    }
}
