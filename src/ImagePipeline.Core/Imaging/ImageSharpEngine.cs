using ImagePipeline.Core.Imaging.Headers;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ImagePipeline.Core.Imaging;

/// <summary>The managed engine on SixLabors.ImageSharp 2.1, hardened for untrusted input.</summary>
/// <remarks>
/// Only the JPEG, PNG, GIF and WebP decoders are registered, every buffer is capped by an allocation limit, and
/// the shared <see cref="InputGuard"/> has checked format, completeness and pixel count before a decoder runs.
/// ImageSharp 2.1 decodes every image at full size, so memory grows with the source's pixel count. Instances are
/// immutable and safe to share between threads.
/// </remarks>
public sealed class ImageSharpEngine : IImageEngine
{
    /// <summary>The engine's configuration name.</summary>
    public const string EngineName = "imagesharp";

    /// <summary>The default cap on one allocation (one buffer or one image's pixel memory), in megabytes.</summary>
    /// <remarks>A 50 MP image of 32-bit pixels needs 200 MB: the cap leaves room for the largest one.</remarks>
    public const int DefaultAllocationLimitMegabytes = 256;

    private readonly Configuration _configuration;

    /// <summary>Creates the engine with its own decoder configuration and allocation limit.</summary>
    /// <param name="allocationLimitMegabytes">The largest single allocation the decoders may make, in MB.</param>
    public ImageSharpEngine(int allocationLimitMegabytes = DefaultAllocationLimitMegabytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(allocationLimitMegabytes);
        _configuration = new Configuration(
            new JpegConfigurationModule(),
            new PngConfigurationModule(),
            new GifConfigurationModule(),
            new WebpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
            {
                AllocationLimitMegabytes = allocationLimitMegabytes,
            }),
        };
    }

    /// <inheritdoc />
    public string Name => EngineName;

    /// <inheritdoc />
    public ResizeOutcome Resize(
        ReadOnlyMemory<byte> input,
        ResizeSpec spec,
        CancellationToken cancellationToken = default)
    {
        if (InputGuard.Admit(input.Span, spec, out var header) is { } rejected)
        {
            return rejected;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return header.HasAlpha
            ? Process<Rgba32>(input, header, spec, cancellationToken)
            : Process<Rgb24>(input, header, spec, cancellationToken);
    }

    private ResizeOutcome Process<TPixel>(
        ReadOnlyMemory<byte> input,
        ImageHeader header,
        ResizeSpec spec,
        CancellationToken cancellationToken)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var loaded = Decode<TPixel>(input.Span, header);
        if (loaded.Image is not { } image)
        {
            return ResizeOutcome.Rejected(loaded.Rejection!.Reason, loaded.Rejection.Message);
        }

        using (image)
        {
            image.Mutate(x => x.AutoOrient());
            ImageSharpMetadata.Strip(image);
            var source = new SourceImageInfo(header.Format, image.Width, image.Height, input.Length, header.HasAlpha);
            var variants = EncodeVariants(image, header.HasAlpha, spec, cancellationToken);
            return ResizeOutcome.Success(source, variants);
        }
    }

    private (Image<TPixel>? Image, ImageRejection? Rejection) Decode<TPixel>(
        ReadOnlySpan<byte> input,
        ImageHeader header)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        try
        {
            var image = Image.Load<TPixel>(_configuration, input);
            while (image.Frames.Count > 1)
            {
                image.Frames.RemoveFrame(image.Frames.Count - 1);
            }

            return (image, null);
        }
        catch (InvalidMemoryOperationException ex)
        {
            return (null, new ImageRejection(
                RejectionReason.ExceedsMemoryBudget,
                $"Decoding the {header.Format} ({header.Size}) needs more memory than allowed: {ex.Message}"));
        }
        catch (NotSupportedException ex)
        {
            return (null, new ImageRejection(
                RejectionReason.UnsupportedFormat,
                $"The {header.Format} uses a feature this engine cannot decode: {ex.Message}"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // Malformed data surfaces from the decoders as format errors or, at worst, range errors: all mean corrupt.
            return (null, new ImageRejection(
                RejectionReason.Corrupt,
                $"The {header.Format} data is corrupt and could not be decoded: {ex.Message}"));
        }
    }

    private static List<EncodedVariant> EncodeVariants<TPixel>(
        Image<TPixel> image,
        bool hasAlpha,
        ResizeSpec spec,
        CancellationToken cancellationToken)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var encoder = CreateEncoder(hasAlpha, spec);
        var variants = new List<EncodedVariant>(spec.Variants.Count);
        var sourceSize = new PixelSize(image.Width, image.Height);
        Image<TPixel>? previous = null;
        try
        {
            foreach (var variant in spec.Variants)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var size = VariantGeometry.Fit(sourceSize, variant);

                // Resampling the previous, larger variant is cheaper and matches what the vips engine does.
                var basis = previous is not null && new PixelSize(previous.Width, previous.Height).Covers(size)
                    ? previous
                    : image;
                var resized = basis.Clone(x => x.Resize(size.Width, size.Height));
                previous?.Dispose();
                previous = resized;
                variants.Add(Encode(variant.Name, resized, encoder, hasAlpha));
            }
        }
        finally
        {
            previous?.Dispose();
        }

        return variants;
    }

    private static IImageEncoder CreateEncoder(bool hasAlpha, ResizeSpec spec) => hasAlpha
        ? new PngEncoder
        {
            ColorType = PngColorType.RgbWithAlpha,
            BitDepth = PngBitDepth.Bit8,
            CompressionLevel = PngCompressionLevel.DefaultCompression,
        }
        : new JpegEncoder { Quality = spec.JpegQuality, ColorType = JpegColorType.YCbCrRatio420 };

    private static EncodedVariant Encode<TPixel>(
        string name,
        Image<TPixel> image,
        IImageEncoder encoder,
        bool hasAlpha)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        var format = hasAlpha ? ImageFormat.Png : ImageFormat.Jpeg;
        return new EncodedVariant(name, format, image.Width, image.Height, stream.ToArray());
    }
}
