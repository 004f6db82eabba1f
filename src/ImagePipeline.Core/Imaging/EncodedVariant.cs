namespace ImagePipeline.Core.Imaging;

/// <summary>One encoded, metadata-free variant.</summary>
/// <param name="Name">The variant's name from the spec.</param>
/// <param name="Format">The output format: JPEG for opaque images, PNG where alpha must be kept.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
/// <param name="Content">The encoded bytes.</param>
public sealed record EncodedVariant(
    string Name,
    ImageFormat Format,
    int Width,
    int Height,
    ReadOnlyMemory<byte> Content)
{
    /// <summary>The file extension for the variant's format, without the dot.</summary>
    public string Extension => ImageFormats.Extension(Format);

    /// <summary>The MIME type for the variant's format.</summary>
    public string ContentType => ImageFormats.ContentType(Format);
}
