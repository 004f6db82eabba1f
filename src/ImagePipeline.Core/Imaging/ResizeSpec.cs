namespace ImagePipeline.Core.Imaging;

/// <summary>What the resize step produces and the limits it enforces on untrusted input.</summary>
public sealed record ResizeSpec
{
    /// <summary>The default pixel limit: 50 megapixels.</summary>
    public const long DefaultMaxPixels = 50_000_000;

    /// <summary>The default limit on the size of an encoded original: 50 MiB.</summary>
    public const long DefaultMaxInputBytes = 50L * 1024 * 1024;

    /// <summary>The default limit on progressive JPEGs: 25 megapixels.</summary>
    /// <remarks>
    /// A progressive JPEG cannot be shrunk while it is decoded: every DCT coefficient is held until the last scan,
    /// about 3 bytes a pixel for 4:2:0 colour, so 25 MP costs about 75 MB before any resizing starts.
    /// </remarks>
    public const long DefaultMaxProgressivePixels = 25_000_000;

    /// <summary>The default JPEG quality of the variants.</summary>
    public const int DefaultJpegQuality = 82;

    /// <summary>The function's default: <c>medium</c> within 1024x1024 and <c>thumb</c> within 256x256.</summary>
    public static ResizeSpec Default { get; } = new()
    {
        Variants = [new VariantSpec("medium", 1024, 1024), new VariantSpec("thumb", 256, 256)],
    };

    /// <summary>The variants to produce, largest first.</summary>
    public required IReadOnlyList<VariantSpec> Variants { get; init; }

    /// <summary>The largest image accepted, in pixels (width times height), checked before decoding.</summary>
    public long MaxPixels { get; init; } = DefaultMaxPixels;

    /// <summary>The largest encoded original accepted, in bytes.</summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>The largest progressive JPEG accepted, in pixels, checked before decoding.</summary>
    public long MaxProgressivePixels { get; init; } = DefaultMaxProgressivePixels;

    /// <summary>The JPEG quality (1 to 100) of opaque variants.</summary>
    public int JpegQuality { get; init; } = DefaultJpegQuality;
}
