using ImagePipeline.LocalCloud.Hosting;

namespace ImagePipeline.IntegrationTests.EndToEnd;

/// <summary>A local cloud whose function is <see cref="CrossTenantWritingHandler"/>, retried twice quickly.</summary>
public sealed class BrokenHandlerFixture : LocalCloudFixture
{
    protected override LocalCloudOptions Configure(LocalCloudOptions options) => options with
    {
        FunctionHost = new FunctionHostSettings { MaxAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(20) },
        HandlerFactory = (_, clients, _) => new CrossTenantWritingHandler(clients),
    };
}
