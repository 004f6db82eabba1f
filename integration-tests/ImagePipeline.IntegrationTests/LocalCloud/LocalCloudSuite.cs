namespace ImagePipeline.IntegrationTests.EndToEnd;

/// <summary>The end-to-end suites that share one local cloud running the real resize function.</summary>
[CollectionDefinition(Name)]
public sealed class LocalCloudSuite : ICollectionFixture<LocalCloudFixture>
{
    public const string Name = "Local cloud";
}
