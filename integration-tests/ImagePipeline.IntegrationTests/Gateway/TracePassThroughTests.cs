using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.LocalCloud.Audit;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class TracePassThroughTests(GatewayFixture fixture)
{
    [Fact]
    public async Task PutObject_WithATraceId_CarriesItToTheObjectCreatedHookAndTheAuditTrail()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        var traceId = $"Root=1-{DateTimeOffset.UtcNow.ToUnixTimeSeconds():x8}-{Guid.NewGuid():N}"[..47];
        var recorder = new RecordingHttpClientFactory(request =>
        {
            request.Headers.TryAddWithoutValidation("X-Amzn-Trace-Id", traceId);
            return Task.CompletedTask;
        });
        var config = new AmazonS3Config
        {
            ServiceURL = fixture.Gateway.Endpoint.ToString(), ForcePathStyle = true, HttpClientFactory = recorder,
        };
        using var sut = new AmazonS3Client(await fixture.TenantUserAsync("alice", ct), config);
        var key = $"originals/alice/{Guid.NewGuid():N}.jpg";

        await sut.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = "img" }, ct);

        var created = Assert.Single(fixture.Created, e => e.Key == key);
        var audited = FileAuditSink.ReadAll(fixture.AuditPath)
            .Single(r => r.Resource == $"arn:aws:s3:::{bucket}/{key}");
        Assert.Equal(traceId, created.TraceId);
        Assert.Equal(traceId, audited.TraceId);
        Assert.Equal("Allowed", audited.Decision);
        Assert.Equal("tenant-user:ReadWriteOwnOriginals", audited.DecidingStatement);
    }
}
