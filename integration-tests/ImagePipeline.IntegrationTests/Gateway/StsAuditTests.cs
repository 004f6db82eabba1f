using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using ImagePipeline.LocalCloud.Audit;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class StsAuditTests(GatewayFixture fixture)
{
    [Fact]
    public async Task AssumeRole_WithSessionTags_AuditedAsAssumeRole()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.ProvisionAsync(ct);

        var reply = await fixture.BrokerAssumesUserRoleAsync(
            "audited", [new Tag { Key = "UserID", Value = "alice" }], ct);

        var line = Assert.Single(
            FileAuditSink.ReadAll(fixture.AuditPath), r => r.RequestId == reply.ResponseMetadata.RequestId);
        Assert.Equal("AssumeRole", line.EventName);
        Assert.Equal("sts:AssumeRole", line.Action);
        Assert.Equal(["sts:TagSession"], line.AlsoAuthorized);
        Assert.Equal(TenantPolicies.UserRoleArn, line.Resource);
        Assert.Equal("TrustPolicy:tenant-user:AssumeWithTenantTag", line.DecidingStatement);
        Assert.Equal("Allowed", line.Decision);
    }

    [Fact]
    public async Task AssumeRole_TagTheTrustPolicyRefuses_AuditedAsTheRefusedTagSession()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.ProvisionAsync(ct);

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(
            () => fixture.BrokerAssumesUserRoleAsync(
                "refused", [new Tag { Key = "UserID", Value = "alice" }, new Tag { Key = "Team", Value = "x" }], ct));

        var line = Assert.Single(FileAuditSink.ReadAll(fixture.AuditPath), r => r.RequestId == error.RequestId);
        Assert.Equal("AssumeRole", line.EventName);
        Assert.Equal("sts:TagSession", line.Action);
        Assert.Null(line.AlsoAuthorized);
        Assert.Equal("AccessDenied", line.ErrorCode);
        Assert.Contains("sts:TagSession", line.ErrorMessage, StringComparison.Ordinal);
    }
}
