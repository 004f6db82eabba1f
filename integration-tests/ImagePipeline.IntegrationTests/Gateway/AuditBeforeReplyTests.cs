using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.LocalCloud.Audit;
using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class AuditBeforeReplyTests(GatewayFixture fixture)
{
    private const string WriterArn = $"arn:aws:iam::{TenantPolicies.Account}:user/audit-writer";

    [Fact]
    public async Task PutObject_HookStillRunningWhenTheClientHasItsReply_AuditLineAlreadyWritten()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        var auditPath = Path.Combine(Path.GetTempPath(), $"audit-before-reply-{Guid.NewGuid():N}.jsonl");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registry = new IamRegistry(TenantPolicies.Account);
        registry.PutUser(new IamUser(WriterArn, [new NamedPolicy("write", WritePolicy(bucket))]));
        var writer = registry.IssueAccessKey(WriterArn);
        using var sink = new FileAuditSink(auditPath);
        var gateway = await LocalGateway.StartAsync(new LocalGatewayOptions
        {
            BackendEndpoint = fixture.BackendEndpoint,
            Registry = registry,
            AuditSink = sink,
            // The hook runs after the reply is sent and before the request's handler returns: holding it open
            // keeps the request in flight, so only a line written before the reply can be in the file now.
            OnObjectCreated = async (_, _) => await release.Task,
        }, ct);
        try
        {
            using var sut = new AmazonS3Client(
                new BasicAWSCredentials(writer.AccessKeyId, writer.SecretAccessKey),
                new AmazonS3Config { ServiceURL = gateway.Endpoint.ToString(), ForcePathStyle = true });

            var reply = await sut.PutObjectAsync(
                new PutObjectRequest { BucketName = bucket, Key = "originals/w/a.jpg", ContentBody = "img" }, ct);

            var line = Assert.Single(FileAuditSink.ReadAll(auditPath));
            Assert.Equal("PutObject", line.EventName);
            Assert.Equal((int)reply.HttpStatusCode, line.HttpStatus);
            Assert.Equal("Allowed", line.Decision);
        }
        finally
        {
            release.TrySetResult();
            await gateway.DisposeAsync();
            File.Delete(auditPath);
        }
    }

    private static string WritePolicy(string bucket) => $$"""
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::{{bucket}}/*"}]}
        """;
}
