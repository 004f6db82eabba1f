using System.Runtime.InteropServices;
using ImagePipeline.Core.Imaging.Headers;
using NetVips;

namespace ImagePipeline.Core.Imaging;

/// <summary>The native engine on libvips (NetVips): shrink-on-load decoding in bounded memory.</summary>
/// <remarks>
/// The shared <see cref="InputGuard"/> checks format, completeness, pixel count and progressive size first. The
/// first variant is decoded shrunk: JPEGs by libjpeg's DCT scaling, WebPs by <c>thumbnail_source</c>; each smaller
/// variant is resampled from the one before it, so the original is decoded once. EXIF orientation is applied,
/// an embedded ICC profile is converted to sRGB, and outputs are saved with no metadata. Instances are stateless
/// and safe to share between threads.
/// </remarks>
public sealed class VipsEngine : IImageEngine
{
    /// <summary>The engine's configuration name.</summary>
    public const string EngineName = "vips";

    /// <summary>Creates the engine, loading and configuring libvips on first use.</summary>
    /// <exception cref="InvalidOperationException">libvips cannot be loaded on this machine.</exception>
    public VipsEngine() => VipsRuntime.EnsureConfigured();

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
        var buffer = AsArray(input);
        try
        {
            return Process(buffer, header, spec, cancellationToken);
        }
        catch (VipsException ex)
        {
            return ResizeOutcome.Rejected(
                RejectionReason.Corrupt,
                $"The {header.Format} data is corrupt and could not be decoded: {FirstLines(ex.Message)}");
        }
    }

    private static ResizeOutcome Process(byte[] buffer, ImageHeader header, ResizeSpec spec, CancellationToken token)
    {
        // A memory source pins the caller's array: a buffer argument would make libvips copy the whole original.
        // Disposing it unpins the array while libvips may still point into it, so every image derived from it
        // must be evaluated into memory (CopyMemory) or disposed before this method returns.
        using var memory = Source.NewFromMemory(buffer);
        var probe = VipsProbe.Read(memory);
        if (probe.StoredSize.Area > spec.MaxPixels)
        {
            return ResizeOutcome.Rejected(
                RejectionReason.TooManyPixels,
                $"The {header.Format} decodes to {probe.Size} pixels, more than the limit of {spec.MaxPixels}.");
        }

        var source = new SourceImageInfo(
            header.Format, probe.Size.Width, probe.Size.Height, buffer.Length, header.HasAlpha);
        var variants = new List<EncodedVariant>(spec.Variants.Count);
        Image? previous = null;
        try
        {
            foreach (var variant in spec.Variants)
            {
                token.ThrowIfCancellationRequested();
                var current = Resample(memory, header, probe, previous, VariantGeometry.Fit(probe.Size, variant));
                previous?.Dispose();
                previous = current;
                variants.Add(VipsOutput.Encode(variant.Name, current, header.HasAlpha, spec.JpegQuality));
            }
        }
        finally
        {
            previous?.Dispose();
        }

        return ResizeOutcome.Success(source, variants);
    }

    /// <summary>Makes one variant in memory, from the previous variant when that is large enough.</summary>
    /// <remarks>Held in memory so the next, smaller variant is resampled from it instead of decoding again.</remarks>
    private static Image Resample(Source source, ImageHeader header, VipsProbe probe, Image? previous, PixelSize size)
    {
        using var resized = previous is not null && new PixelSize(previous.Width, previous.Height).Covers(size)
            ? previous.ThumbnailImage(size.Width, height: size.Height, size: Enums.Size.Force, noRotate: true)
            : Thumbnail(source, header, probe, size);
        using var normalised = VipsOutput.Normalise(resized, header.HasAlpha);
        return normalised.CopyMemory();
    }

    private static Image Thumbnail(Source source, ImageHeader header, VipsProbe probe, PixelSize size)
    {
        var outputProfile = probe.HasIccProfile ? "srgb" : null;
        if (header.Format != ImageFormat.Jpeg)
        {
            return Image.ThumbnailSource(
                source,
                size.Width,
                height: size.Height,
                size: Enums.Size.Force,
                outputProfile: outputProfile,
                failOn: Enums.FailOn.Error);
        }

        return ThumbnailJpeg(source, probe, size, outputProfile);
    }

    private static Image ThumbnailJpeg(Source source, VipsProbe probe, PixelSize size, string? outputProfile)
    {
        // thumbnail_buffer keeps a 2x margin above the DCT shrink it asks libjpeg for, so a 12 MP photo bound for
        // 1024 px would be decoded at full size. The largest power of two that still covers the target decodes a
        // quarter of the pixels; the Lanczos reduce that follows keeps the result sharp. Orientation is applied to
        // the small result, where turning it costs little.
        var stored = probe.ToStored(size);
        using var loaded = Image.JpegloadSource(
            source,
            shrink: JpegShrink(probe.StoredSize, stored),
            access: Enums.Access.Sequential,
            failOn: Enums.FailOn.Error);
        var resized = loaded.ThumbnailImage(
            stored.Width,
            height: stored.Height,
            size: Enums.Size.Force,
            noRotate: true,
            outputProfile: outputProfile,
            failOn: Enums.FailOn.Error);
        if (probe.Orientation == 1)
        {
            return resized;
        }

        using (resized)
        {
            using var buffered = resized.CopyMemory();
            return buffered.Autorot();
        }
    }

    /// <summary>The largest DCT shrink libjpeg offers (1, 2, 4 or 8) keeping both sides at or above target.</summary>
    internal static int JpegShrink(PixelSize source, PixelSize target)
    {
        var factor = Math.Min((double)source.Width / target.Width, (double)source.Height / target.Height);
        return factor >= 8 ? 8 : factor >= 4 ? 4 : factor >= 2 ? 2 : 1;
    }

    private static byte[] AsArray(ReadOnlyMemory<byte> input) =>
        MemoryMarshal.TryGetArray(input, out var segment) && segment.Offset == 0
            && segment.Count == segment.Array!.Length
            ? segment.Array
            : input.ToArray();

    private static string FirstLines(string message) =>
        string.Join(" ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(3));
}
