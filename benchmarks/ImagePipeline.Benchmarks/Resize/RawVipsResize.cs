using ImagePipeline.Core.Imaging;
using NetVips;

namespace ImagePipeline.Benchmarks.Resize;

/// <summary>The vips engine's work done with bare NetVips calls, and the decode alone, to place the engine.</summary>
public static class RawVipsResize
{
    /// <summary>Thumbnails to the first box from the buffer, then each smaller box from the previous result.</summary>
    public static long Run(byte[] input, ResizeSpec spec, bool alpha)
    {
        long written = 0;
        Image? previous = null;
        try
        {
            foreach (var variant in spec.Variants)
            {
                using var resized = previous is null
                    ? Image.ThumbnailBuffer(input, variant.MaxWidth, height: variant.MaxHeight)
                    : previous.ThumbnailImage(variant.MaxWidth, height: variant.MaxHeight);
                var current = resized.CopyMemory();
                previous?.Dispose();
                previous = current;
                var bytes = alpha
                    ? current.PngsaveBuffer(
                        compression: 6,
                        filter: Enums.ForeignPngFilter.All,
                        keep: Enums.ForeignKeep.None)
                    : current.JpegsaveBuffer(q: spec.JpegQuality, keep: Enums.ForeignKeep.None);
                written += bytes.Length;
            }
        }
        finally
        {
            previous?.Dispose();
        }

        return written;
    }

    /// <summary>Decodes a JPEG at the DCT shrink the engine picks for its first variant and reads each pixel.</summary>
    /// <remarks>
    /// A libvips resize of the JPEG to that variant does at least this, so its time is a floor for the engine.
    /// Reading the pixels (a minimum) adds about 4% to the decode: libvips decodes nothing nobody reads.
    /// </remarks>
    public static long DecodeOnly(byte[] input, ResizeSpec spec)
    {
        using var memory = Source.NewFromMemory(input);
        using var header = Image.NewFromSource(memory, access: Enums.Access.Sequential);
        var stored = new PixelSize(header.Width, header.Height);
        var shrink = VipsEngine.JpegShrink(stored, VariantGeometry.Fit(stored, spec.Variants[0]));
        using var loaded = Image.JpegloadSource(memory, shrink: shrink, access: Enums.Access.Sequential);
        return (long)loaded.Min();
    }
}
