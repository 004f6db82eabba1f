using ImagePipeline.Core.Imaging;
using NetVips;

namespace ImagePipeline.Benchmarks.Resize;

/// <summary>The same work as the vips engine done with bare NetVips calls, to measure the engine's overhead.</summary>
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
                    ? current.PngsaveBuffer(compression: 6, keep: Enums.ForeignKeep.None)
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
}
