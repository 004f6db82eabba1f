using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Function.Processing;

/// <summary>What the handler needs besides its clients and engine.</summary>
public sealed record ResizeFunctionSettings
{
    /// <summary>The metadata table's name.</summary>
    public required string TableName { get; init; }

    /// <summary>The variants to produce and the limits on originals.</summary>
    public ResizeSpec Spec { get; init; } = ResizeSpec.Default;
}
