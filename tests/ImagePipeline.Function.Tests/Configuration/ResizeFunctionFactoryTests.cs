using Amazon.Runtime;
using ImagePipeline.Function.Configuration;
using ImagePipeline.Function.Sessions;

namespace ImagePipeline.Function.Tests.Configuration;

public sealed class ResizeFunctionFactoryTests
{
    private static readonly FunctionOptions Direct = new()
    {
        TableName = "images",
        Region = "us-east-1",
        EndpointUrl = new Uri("http://127.0.0.1:9"),
        Credentials = new BasicAWSCredentials("a", "b"),
    };

    [Fact]
    public void CreateTenantClients_NoProcessorRole_SharesOneSetOfClients()
    {
        var sut = ResizeFunctionFactory.CreateTenantClients(Direct);

        Assert.IsType<SharedTenantClients>(sut);
    }

    [Fact]
    public void CreateTenantClients_ProcessorRoleSet_UsesPerTenantStsSessions()
    {
        var options = Direct with { ProcessorRoleArn = "arn:aws:iam::123456789012:role/processor" };

        var sut = ResizeFunctionFactory.CreateTenantClients(options);

        using var sessions = Assert.IsType<StsTenantClients>(sut);
    }
}
