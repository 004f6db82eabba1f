namespace ImagePipeline.Core.Imaging;

/// <summary>Decodes an untrusted original and encodes every variant of a <see cref="ResizeSpec"/>.</summary>
/// <remarks>
/// Every engine honours the same contract: formats detected from content and limited to an allow-list,
/// dimensions checked against the pixel limit before any pixel is decoded, EXIF orientation applied,
/// all metadata stripped from the outputs, aspect ratio kept, never upscaled. Bad input is returned as a
/// rejection; only a fault of the engine itself throws.
/// </remarks>
public interface IImageEngine
{
    /// <summary>The engine's configuration name (for example <c>vips</c> or <c>imagesharp</c>).</summary>
    string Name { get; }

    /// <summary>Resizes one encoded image into every variant of the spec.</summary>
    ResizeOutcome Resize(ReadOnlyMemory<byte> input, ResizeSpec spec, CancellationToken cancellationToken = default);
}
