namespace ImagePipeline.Core.Imaging;

/// <summary>The one function every engine uses to size a variant, so all engines agree to the pixel.</summary>
public static class VariantGeometry
{
    /// <summary>Fits a source size within a box, keeping the aspect ratio and never upscaling.</summary>
    /// <remarks>
    /// The scale is <c>min(maxWidth / width, maxHeight / height, 1)</c>; each side is rounded to the nearest
    /// integer (halves away from zero) and is at least one pixel.
    /// </remarks>
    /// <param name="source">The source size, after EXIF orientation.</param>
    /// <param name="maxWidth">The widest the result may be.</param>
    /// <param name="maxHeight">The tallest the result may be.</param>
    public static PixelSize Fit(PixelSize source, int maxWidth, int maxHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Width, nameof(source));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Height, nameof(source));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHeight);

        var scale = Math.Min(Math.Min((double)maxWidth / source.Width, (double)maxHeight / source.Height), 1.0);
        return new PixelSize(Scale(source.Width, scale), Scale(source.Height, scale));
    }

    /// <summary>Fits a source size within a variant's box.</summary>
    public static PixelSize Fit(PixelSize source, VariantSpec variant) =>
        Fit(source, variant.MaxWidth, variant.MaxHeight);

    private static int Scale(int side, double scale) =>
        Math.Max(1, (int)Math.Round(side * scale, MidpointRounding.AwayFromZero));
}
