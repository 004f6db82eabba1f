namespace ImagePipeline.IntegrationTests.Gateway;

[CollectionDefinition(Name)]
public sealed class GatewaySuite : ICollectionFixture<GatewayFixture>
{
    public const string Name = "Gateway";
}
