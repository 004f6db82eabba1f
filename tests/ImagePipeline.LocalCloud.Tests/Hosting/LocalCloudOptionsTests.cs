using ImagePipeline.LocalCloud.Hosting;
using ImagePipeline.LocalCloud.Tests.Provisioning;

namespace ImagePipeline.LocalCloud.Tests.Hosting;

public sealed class LocalCloudOptionsTests
{
    [Fact]
    public void Validate_TemplateMissing_NamesThePath()
    {
        var sut = new LocalCloudOptions { TemplatePath = "nowhere/template.yaml", DataDirectory = "data" };

        var problem = sut.Validate();

        Assert.Contains("nowhere/template.yaml", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(70000)]
    public void Validate_PortOutOfRange_NamesThePort(int port)
    {
        var sut = new LocalCloudOptions { TemplatePath = RepositoryTemplate.Path, DataDirectory = "data", Port = port };

        var problem = sut.Validate();

        Assert.Contains($"Port {port}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateParameters_Defaults_BrokerIsAUserOfTheAccount()
    {
        var sut = new LocalCloudOptions { TemplatePath = RepositoryTemplate.Path, DataDirectory = "data" };

        var parameters = sut.TemplateParameters;

        Assert.Null(sut.Validate());
        Assert.Equal("arn:aws:iam::123456789012:user/imagepipeline-broker", parameters.BrokerPrincipalArn);
        Assert.Equal(sut.Account, parameters.AccountId);
    }
}
