namespace ImagePipeline.Core.Imaging.Headers;

/// <summary>What the container says about an image, read without decoding a pixel.</summary>
/// <param name="Format">The format detected from the content.</param>
/// <param name="Size">The stored size, before any EXIF orientation.</param>
/// <param name="HasAlpha">Whether the container declares transparency.</param>
/// <param name="IsProgressive">Whether the JPEG is progressive (it cannot be shrunk while it is decoded).</param>
internal sealed record ImageHeader(ImageFormat Format, PixelSize Size, bool HasAlpha, bool IsProgressive = false);
