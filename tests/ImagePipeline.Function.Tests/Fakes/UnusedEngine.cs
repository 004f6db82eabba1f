using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Function.Tests.Fakes;

/// <summary>An engine that must never be reached by the records under test.</summary>
internal sealed class UnusedEngine : IImageEngine
{
    public string Name => "unused";

    public ResizeOutcome Resize(
        ReadOnlyMemory<byte> input,
        ResizeSpec spec,
        CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The engine was called for a record that should never reach it.");
}
