namespace ImagePipeline.Core.Tests.Imaging;

/// <summary>Tests that change process-wide environment variables run alone.</summary>
[CollectionDefinition(nameof(EnvironmentVariableTests), DisableParallelization = true)]
public sealed class EnvironmentVariableTests;
