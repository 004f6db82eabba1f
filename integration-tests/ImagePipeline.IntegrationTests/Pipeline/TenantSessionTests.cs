using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Configuration;
using ImagePipeline.Function.Sessions;
using ImagePipeline.IntegrationTests.Infrastructure;

namespace ImagePipeline.IntegrationTests.Pipeline;

public sealed class TenantSessionTests(MotoFixture moto)
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/tenant-processor";

    [Fact]
    public async Task IssueAsync_RealSts_ReturnsASessionOnTheProcessorRoleNamedAfterTheTenant()
    {
        var ct = TestContext.Current.CancellationToken;
        using var storage = await EmulatorStorage.CreateAsync(moto.Endpoint, ct);
        var aws = new AwsClientFactory(storage.Options);
        using var sts = aws.CreateSts();
        var sut = new StsTenantSessionIssuer(sts, RoleArn);

        var session = await sut.IssueAsync(TenantId.Parse("carol"), ct);

        Assert.True(session.Expiration > DateTimeOffset.UtcNow.AddMinutes(30));
        var config = new AmazonSecurityTokenServiceConfig
        {
            ServiceURL = moto.Endpoint.ToString(),
            AuthenticationRegion = "us-east-1",
        };
        using var asTenant = new AmazonSecurityTokenServiceClient(session.Credentials, config);
        var identity = await asTenant.GetCallerIdentityAsync(new GetCallerIdentityRequest(), ct);
        Assert.EndsWith(":assumed-role/tenant-processor/tenant-carol", identity.Arn, StringComparison.Ordinal);
    }
}
