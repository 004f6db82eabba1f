using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Core.Tests.Imaging;

/// <summary>Every configured engine, so each contract test runs once per engine.</summary>
public static class EngineTheoryData
{
    public static TheoryData<string> Names => [.. ImageEngines.Names];
}
