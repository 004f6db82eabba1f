using System.Net;
using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class VirtualHostedAttackTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("//originals/mallory/x.jpg", HttpStatusCode.Forbidden)]
    [InlineData("/originals/mallory/x.jpg", HttpStatusCode.OK)]
    public async Task PutObject_VirtualHosted_IsAuthorisedOnTheKeyTheBackendStores(
        string path,
        HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        var credentials = await (await fixture.TenantUserAsync("mallory", ct)).GetCredentialsAsync();

        using var sut = await AttackRequests.SendAsync(
            fixture.Gateway.Endpoint,
            credentials,
            "s3",
            HttpMethod.Put,
            path,
            Encoding.UTF8.GetBytes("x"),
            host: $"{bucket}.localhost:{fixture.Gateway.Endpoint.Port}",
            ct: ct);

        Assert.Equal(expected, sut.StatusCode);
        using var direct = new AmazonS3Client(new BasicAWSCredentials("test", "test"), fixture.DirectS3Config());
        var listed = await direct.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket }, ct);
        var stored = (listed.S3Objects ?? []).Select(o => o.Key).ToList();
        Assert.Equal(expected == HttpStatusCode.OK ? ["originals/mallory/x.jpg"] : [], stored);
    }
}
