namespace ImagePipeline.Core.Imaging;

/// <summary>What was learned about an original while resizing it.</summary>
/// <param name="Format">The detected format (from the content, never the name).</param>
/// <param name="Width">The width after EXIF orientation is applied, in pixels.</param>
/// <param name="Height">The height after EXIF orientation is applied, in pixels.</param>
/// <param name="SizeBytes">The encoded size in bytes.</param>
/// <param name="HasAlpha">Whether the image has an alpha channel.</param>
public sealed record SourceImageInfo(ImageFormat Format, int Width, int Height, long SizeBytes, bool HasAlpha);
