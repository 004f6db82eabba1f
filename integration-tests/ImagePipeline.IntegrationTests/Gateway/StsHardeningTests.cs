using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class StsHardeningTests(GatewayFixture fixture)
{
    [Fact]
    public async Task AssumeRole_TagKeysDifferingOnlyInCase_RefusedAsDuplicates()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.ProvisionAsync(ct);

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(
            () => fixture.BrokerAssumesUserRoleAsync(
                "dup", [new Tag { Key = "UserID", Value = "alice" }, new Tag { Key = "userid", Value = "bob" }], ct));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Contains("userid", error.Message, StringComparison.Ordinal);
    }
}
