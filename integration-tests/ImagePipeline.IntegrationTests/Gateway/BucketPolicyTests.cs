using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class BucketPolicyTests(GatewayFixture fixture)
{
    private const string AdminArn = $"arn:aws:iam::{TenantPolicies.Account}:user/bucket-admin";

    private static string DenySecrets(string bucket) => $$$$"""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "NoSecrets", "Effect": "Deny", "Principal": "*", "Action": "s3:GetObject",
           "Resource": "arn:aws:s3:::{{{{bucket}}}}/originals/*/secret*"}]}
        """;

    [Fact]
    public async Task PutBucketPolicy_ThroughTheGateway_IsEnforcedAsAnExplicitDeny()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        fixture.Gateway.Registry.PutUser(new IamUser(AdminArn, [new NamedPolicy("admin", $$"""
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*",
              "Resource": ["arn:aws:s3:::{{bucket}}", "arn:aws:s3:::{{bucket}}/*"]}]}
            """)]));
        var admin = fixture.Gateway.Registry.IssueAccessKey(AdminArn);
        using var adminS3 = fixture.S3(new BasicAWSCredentials(admin.AccessKeyId, admin.SecretAccessKey));
        using var sut = fixture.S3(await fixture.TenantUserAsync("alice", ct));
        await sut.PutObjectAsync(
            new PutObjectRequest { BucketName = bucket, Key = "originals/alice/secret.txt", ContentBody = "s" }, ct);

        await adminS3.PutBucketPolicyAsync(
            new PutBucketPolicyRequest { BucketName = bucket, Policy = DenySecrets(bucket) }, ct);
        var error = await Assert.ThrowsAsync<AmazonS3Exception>(
            () => sut.GetObjectAsync(bucket, "originals/alice/secret.txt", ct));
        var malformed = await Assert.ThrowsAsync<AmazonS3Exception>(() => adminS3.PutBucketPolicyAsync(
            new PutBucketPolicyRequest { BucketName = bucket, Policy = """{"Statement": "nope"}""" }, ct));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Contains("explicit deny in a resource-based policy", error.Message, StringComparison.Ordinal);
        Assert.Equal("MalformedPolicy", malformed.ErrorCode);
        Assert.Equal(DenySecrets(bucket), fixture.Gateway.Registry.FindBucketPolicy(bucket));
    }
}
