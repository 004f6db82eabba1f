using System.Net;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class DeleteObjectsHardeningTests(GatewayFixture fixture)
{
    [Fact]
    public async Task DeleteObjects_FromTheSdkAtDefaultSettings_PassesTheBodyHashCheckAndReachesAuthorisation()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        using var sut = fixture.S3(await fixture.TenantUserAsync("alice", ct));

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => sut.DeleteObjectsAsync(
            new DeleteObjectsRequest { BucketName = bucket, Objects = [new KeyVersion { Key = "originals/alice/a" }] },
            ct));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Contains("s3:DeleteObject", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("STREAMING-UNSIGNED-PAYLOAD-TRAILER")]
    public async Task DeleteObjects_WithAPayloadHashThatIsNotAHash_RefusedBeforeClassification(string payloadHash)
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        var credentials = await (await fixture.TenantUserAsync("alice", ct)).GetCredentialsAsync();
        var body = Encoding.UTF8.GetBytes("<Delete><Object><Key>originals/alice/a</Key></Object></Delete>");

        using var sut = await AttackRequests.SendAsync(
            fixture.Gateway.Endpoint,
            credentials,
            "s3",
            HttpMethod.Post,
            $"/{bucket}?delete=",
            body,
            signed: new Dictionary<string, string> { ["x-amz-content-sha256"] = payloadHash },
            ct: ct);

        Assert.Equal(HttpStatusCode.BadRequest, sut.StatusCode);
        Assert.Contains("XAmzContentSHA256Mismatch", await sut.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }
}
