using System.Net;
using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class UnsignedHeaderAttackTests(GatewayFixture fixture)
{
    [Fact]
    public async Task PutObject_CopySourceAndAclAddedAfterSigning_RefusedAndNothingIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        using var direct = new AmazonS3Client(new BasicAWSCredentials("test", "test"), fixture.DirectS3Config());
        await direct.PutObjectAsync(
            new PutObjectRequest { BucketName = bucket, Key = "originals/alice/secret.jpg", ContentBody = "s" }, ct);
        var credentials = await (await fixture.TenantUserAsync("alice", ct)).GetCredentialsAsync();
        const string Target = "originals/alice/copy.jpg";

        using var sut = await AttackRequests.SendAsync(
            fixture.Gateway.Endpoint,
            credentials,
            "s3",
            HttpMethod.Put,
            $"/{bucket}/{Target}",
            Encoding.UTF8.GetBytes(string.Empty),
            unsigned: new Dictionary<string, string>
            {
                ["x-amz-copy-source"] = $"{bucket}/originals/alice/secret.jpg",
                ["x-amz-acl"] = "public-read-write",
            },
            ct: ct);

        var text = await sut.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.Forbidden, sut.StatusCode);
        Assert.Contains("<Code>SignatureDoesNotMatch</Code>", text, StringComparison.Ordinal);
        Assert.Contains("x-amz-", text, StringComparison.Ordinal);
        var listed = await direct.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = bucket, Prefix = Target }, ct);
        Assert.Empty(listed.S3Objects ?? []);
    }

    [Fact]
    public async Task PutObject_SameRequestWithTheHeadersSigned_IsAccepted()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        var credentials = await (await fixture.TenantUserAsync("alice", ct)).GetCredentialsAsync();

        using var sut = await AttackRequests.SendAsync(
            fixture.Gateway.Endpoint,
            credentials,
            "s3",
            HttpMethod.Put,
            $"/{bucket}/originals/alice/signed.jpg",
            Encoding.UTF8.GetBytes("body"),
            signed: new Dictionary<string, string> { ["content-type"] = "image/jpeg" },
            ct: ct);

        Assert.Equal(HttpStatusCode.OK, sut.StatusCode);
    }

    [Fact]
    public async Task PutObject_HeaderListedInConnection_IsNotPassedToTheBackend()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        var credentials = await (await fixture.TenantUserAsync("alice", ct)).GetCredentialsAsync();
        const string Key = "originals/alice/hop.jpg";

        using var sut = await AttackRequests.SendAsync(
            fixture.Gateway.Endpoint,
            credentials,
            "s3",
            HttpMethod.Put,
            $"/{bucket}/{Key}",
            Encoding.UTF8.GetBytes("body"),
            signed: new Dictionary<string, string> { ["x-amz-meta-hop"] = "gateway-only" },
            unsigned: new Dictionary<string, string> { ["Connection"] = "x-amz-meta-hop" },
            ct: ct);

        Assert.Equal(HttpStatusCode.OK, sut.StatusCode);
        using var direct = new AmazonS3Client(new BasicAWSCredentials("test", "test"), fixture.DirectS3Config());
        var head = await direct.GetObjectMetadataAsync(bucket, Key, ct);
        Assert.Null(head.Metadata["x-amz-meta-hop"]);
    }

    [Fact]
    public async Task PutObject_SignedMetadataWithoutConnection_ReachesTheBackend()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        var credentials = await (await fixture.TenantUserAsync("alice", ct)).GetCredentialsAsync();
        const string Key = "originals/alice/meta.jpg";

        using var sut = await AttackRequests.SendAsync(
            fixture.Gateway.Endpoint,
            credentials,
            "s3",
            HttpMethod.Put,
            $"/{bucket}/{Key}",
            Encoding.UTF8.GetBytes("body"),
            signed: new Dictionary<string, string> { ["x-amz-meta-hop"] = "kept" },
            ct: ct);

        Assert.Equal(HttpStatusCode.OK, sut.StatusCode);
        using var direct = new AmazonS3Client(new BasicAWSCredentials("test", "test"), fixture.DirectS3Config());
        var head = await direct.GetObjectMetadataAsync(bucket, Key, ct);
        Assert.Equal("kept", head.Metadata["x-amz-meta-hop"]);
    }
}
