using Amazon.Runtime;
using ImagePipeline.Function.Configuration;

namespace ImagePipeline.Function.Tests.Configuration;

public sealed class FunctionOptionsTests
{
    [Fact]
    public void FromEnvironment_AllSet_ReadsEveryValue()
    {
        var variables = new Dictionary<string, string>
        {
            ["IMAGEPIPELINE_TABLE"] = "images",
            ["AWS_REGION"] = "eu-west-1",
            ["IMAGEPIPELINE_PROCESSOR_ROLE_ARN"] = "arn:aws:iam::123456789012:role/processor",
            ["IMAGEPIPELINE_ENDPOINT_URL"] = "http://127.0.0.1:4566",
            ["IMAGEPIPELINE_ENGINE"] = "imagesharp",
            ["AWS_ACCESS_KEY_ID"] = "AKIA",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
            ["AWS_SESSION_TOKEN"] = "token",
        };

        var sut = FunctionOptions.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal("images", sut.TableName);
        Assert.Equal("eu-west-1", sut.Region);
        Assert.Equal("arn:aws:iam::123456789012:role/processor", sut.ProcessorRoleArn);
        Assert.True(sut.UsesTenantSessions);
        Assert.Equal(new Uri("http://127.0.0.1:4566"), sut.EndpointUrl);
        Assert.Equal("imagesharp", sut.EngineName);
        Assert.Contains(sut.EngineName, ImagePipeline.Core.Imaging.ImageEngines.Names);
        Assert.Equal("token", Assert.IsType<SessionAWSCredentials>(sut.Credentials).GetCredentials().Token);
    }

    [Fact]
    public void FromEnvironment_RegionOnlyInDefaultVariable_UsesIt()
    {
        var variables = new Dictionary<string, string>
        {
            ["IMAGEPIPELINE_TABLE"] = "t",
            ["AWS_DEFAULT_REGION"] = "us-west-2",
        };

        var sut = FunctionOptions.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal("us-west-2", sut.Region);
        Assert.False(sut.UsesTenantSessions);
        Assert.Null(sut.Credentials);
    }

    [Fact]
    public void FromEnvironment_NothingSet_NamesEveryMissingVariable()
    {
        var error = Assert.Throws<FunctionConfigurationException>(() => FunctionOptions.FromEnvironment(_ => null));

        Assert.Contains("IMAGEPIPELINE_TABLE is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("AWS_REGION is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IMAGEPIPELINE_ENDPOINT_URL", "localhost:4566", "not an http or https URL")]
    [InlineData("IMAGEPIPELINE_ENDPOINT_URL", "ftp://host", "not an http or https URL")]
    [InlineData("IMAGEPIPELINE_PROCESSOR_ROLE_ARN", "processor", "not a role ARN")]
    [InlineData("AWS_ACCESS_KEY_ID", "AKIA", "AWS_SECRET_ACCESS_KEY is not set")]
    [InlineData("IMAGEPIPELINE_ENGINE", "gdi", "no image engine")]
    public void FromEnvironment_BadValue_NamesTheVariableAndTheValue(string variable, string value, string expected)
    {
        var variables = new Dictionary<string, string>
        {
            ["IMAGEPIPELINE_TABLE"] = "t",
            ["AWS_REGION"] = "us-east-1",
            [variable] = value,
        };

        var error = Assert.Throws<FunctionConfigurationException>(
            () => FunctionOptions.FromEnvironment(name => variables.GetValueOrDefault(name)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        var named = variable == "AWS_ACCESS_KEY_ID" ? "AWS_SECRET_ACCESS_KEY" : variable;
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("IMAGEPIPELINE_TABLE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateS3_EndpointSet_UsesPathStyleAndTheEndpoint()
    {
        var options = new FunctionOptions
        {
            TableName = "t",
            Region = "eu-west-1",
            EndpointUrl = new Uri("http://127.0.0.1:4566"),
            Credentials = new BasicAWSCredentials("a", "b"),
        };

        using var sut = new AwsClientFactory(options).CreateS3(null);

        var config = (Amazon.S3.AmazonS3Config)sut.Config;
        Assert.True(config.ForcePathStyle);
        Assert.StartsWith("http://127.0.0.1:4566", config.ServiceURL, StringComparison.Ordinal);
        Assert.Equal("eu-west-1", config.AuthenticationRegion);
    }

    [Fact]
    public void CreateS3_NoEndpoint_UsesTheRegionAndVirtualHostedStyle()
    {
        var options = new FunctionOptions
        {
            TableName = "t",
            Region = "eu-west-1",
            Credentials = new BasicAWSCredentials("a", "b"),
        };

        using var sut = new AwsClientFactory(options).CreateS3(null);

        var config = (Amazon.S3.AmazonS3Config)sut.Config;
        Assert.False(config.ForcePathStyle);
        Assert.Equal(Amazon.RegionEndpoint.EUWest1, config.RegionEndpoint);
    }
}
