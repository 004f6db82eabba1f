using ImagePipeline.LocalCloud.Iam;
using ImagePipeline.LocalCloud.Provisioning;
using ImagePipeline.Policies.Templates;

namespace ImagePipeline.LocalCloud.Tests.Provisioning;

public sealed class IamProvisionerTests
{
    [Fact]
    public void LoadRoles_RealTemplate_RegistersEveryRoleWithItsTemplatePolicies()
    {
        var template = RepositoryTemplate.Resolve();
        var sut = new IamRegistry(RepositoryTemplate.Account);

        IamProvisioner.LoadRoles(sut, template);

        foreach (var expected in template.Roles)
        {
            var role = sut.FindRole(expected.Arn);
            Assert.NotNull(role);
            Assert.Equal(expected.TrustPolicy.Json, role.TrustPolicyJson);
            Assert.Equal(expected.IdentityPolicies.Select(p => p.Json), role.IdentityPolicies.Select(p => p.Json));
            Assert.Null(role.PermissionsBoundaryJson);
        }

        Assert.Equal(template.BucketPolicy!.Json, sut.FindBucketPolicy(template.BucketName));
        var processor = sut.FindRole(template.Role(TemplateLogicalIds.TenantProcessorRole).Arn)!;
        Assert.Contains(
            "processed/${aws:PrincipalTag/UserID}/*",
            processor.IdentityPolicies[0].Json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void LoadRoles_BoundaryWithoutDocument_ThrowsNamingTheBoundary()
    {
        const string boundary = "arn:aws:iam::123456789012:policy/boundary";
        var parameters = RepositoryTemplate.Parameters with
        {
            Extra = new Dictionary<string, string> { ["PermissionsBoundaryArn"] = boundary },
        };
        var template = RepositoryTemplate.Resolve(parameters);

        var error = Assert.Throws<ArgumentException>(
            () => IamProvisioner.LoadRoles(new IamRegistry(RepositoryTemplate.Account), template));

        Assert.Contains(boundary, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadRoles_BoundaryWithDocument_AttachesItToEveryRole()
    {
        const string boundary = "arn:aws:iam::123456789012:policy/boundary";
        const string document =
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";
        var parameters = RepositoryTemplate.Parameters with
        {
            Extra = new Dictionary<string, string> { ["PermissionsBoundaryArn"] = boundary },
        };
        var template = RepositoryTemplate.Resolve(parameters);
        var sut = new IamRegistry(RepositoryTemplate.Account);

        IamProvisioner.LoadRoles(sut, template, new Dictionary<string, string> { [boundary] = document });

        Assert.All(template.Roles, r => Assert.Equal(document, sut.FindRole(r.Arn)!.PermissionsBoundaryJson));
    }

    [Fact]
    public void CreateBroker_UserOfTheAccount_RegistersUserAndAcceptedKey()
    {
        var template = RepositoryTemplate.Resolve();
        var sut = new IamRegistry(RepositoryTemplate.Account);

        var key = IamProvisioner.CreateBroker(sut, template);

        Assert.NotNull(sut.FindUser(template.Parameters.BrokerPrincipalArn));
        Assert.Equal(template.Parameters.BrokerPrincipalArn, sut.FindCredential(key.AccessKeyId)!.PrincipalArn);
        Assert.StartsWith("AKIA", key.AccessKeyId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/pipe-broker")]
    [InlineData("arn:aws:iam::999999999999:user/pipe-broker")]
    public void CreateBroker_NotAUserOfTheAccount_ThrowsNamingTheArn(string brokerArn)
    {
        var parameters = RepositoryTemplate.Parameters with { BrokerPrincipalArn = brokerArn };
        var template = RepositoryTemplate.Resolve(parameters);

        var error = Assert.Throws<ArgumentException>(
            () => IamProvisioner.CreateBroker(new IamRegistry(RepositoryTemplate.Account), template));

        Assert.Contains(brokerArn, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotifiedFunction_RealTemplate_IsTheResizeFunction()
    {
        var template = RepositoryTemplate.Resolve();

        var function = TemplateProvisioner.NotifiedFunction(template);

        Assert.Equal(TemplateLogicalIds.Function, function.LogicalId);
        Assert.Equal(
            template.Role(TemplateLogicalIds.TenantProcessorRole).Arn,
            function.Environment["IMAGEPIPELINE_PROCESSOR_ROLE_ARN"]);
    }
}
