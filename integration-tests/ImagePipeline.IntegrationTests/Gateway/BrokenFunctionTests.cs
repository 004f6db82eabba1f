using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Sessions;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class BrokenFunctionTests(GatewayFixture fixture)
{
    /// <summary>A resize handler with a bug: it files every variant under one fixed tenant's folder.</summary>
    private static async Task BrokenHandlerAsync(
        ITenantClients clients,
        string bucket,
        string originalKey,
        CancellationToken ct)
    {
        var parsed = ObjectKeyLayout.ParseKey(originalKey);
        var session = await clients.ForTenantAsync(parsed.Key!.Tenant, ct);
        using var original = await session.S3.GetObjectAsync(bucket, originalKey, ct);
        using var copy = new MemoryStream();
        await original.ResponseStream.CopyToAsync(copy, ct);
        await session.S3.PutObjectAsync(
            new PutObjectRequest { BucketName = bucket, Key = "processed/bob/stolen/thumb.jpg", InputStream = copy },
            ct);
    }

    [Fact]
    public async Task BrokenHandler_WritingIntoAnotherTenantsPrefix_RefusedByTheProcessorPolicy()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        using (var user = fixture.S3(await fixture.TenantUserAsync("alice", ct)))
        {
            await user.PutObjectAsync(
                new PutObjectRequest { BucketName = bucket, Key = "originals/alice/cat.jpg", ContentBody = "img" }, ct);
        }

        var execution = fixture.Gateway.Sessions.IssueRoleSession(
            new LocalCloud.Iam.RoleSessionRequest(TenantPolicies.ExecutionRoleArn, "resize-function"));
        using var sts = fixture.StsClient(
            new SessionAWSCredentials(execution.AccessKeyId, execution.SecretAccessKey, execution.SessionToken));
        using var sut = new StsTenantClients(
            new StsTenantSessionIssuer(sts, TenantPolicies.ProcessorRoleArn),
            credentials => new TenantClients(fixture.S3(credentials), fixture.Dynamo(credentials)));

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(
            () => BrokenHandlerAsync(sut, bucket, "originals/alice/cat.jpg", ct));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Contains("assumed-role/tenant-processor/tenant-alice", error.Message, StringComparison.Ordinal);
        var stolen = $"arn:aws:s3:::{bucket}/processed/bob/stolen/thumb.jpg";
        Assert.Contains(stolen, error.Message, StringComparison.Ordinal);
        using var direct = new AmazonS3Client(new BasicAWSCredentials("test", "test"), fixture.DirectS3Config());
        var listed = await direct.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = bucket, Prefix = "processed/" }, ct);
        Assert.Empty(listed.S3Objects ?? []);
    }
}
