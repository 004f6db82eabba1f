using NetVips;

namespace ImagePipeline.Core.Imaging;

/// <summary>Brings a libvips image to the output contract and encodes it without metadata.</summary>
internal static class VipsOutput
{
    private const int PngCompression = 6;

    // libvips writes no row filter by default, which made a translucent photo's PNG 2.2 times the size of
    // ImageSharp's (adaptive filtering); choosing the filter row by row halves it at about twice the encode time.
    private const Enums.ForeignPngFilter PngFilter = Enums.ForeignPngFilter.All;

    /// <summary>Converts to 8-bit sRGB or grey, with an alpha band exactly when the source declared one.</summary>
    /// <remarks>Returns <paramref name="image"/> itself when it already conforms; the caller disposes both.</remarks>
    public static Image Normalise(Image image, bool keepAlpha)
    {
        var converted = image.Interpretation switch
        {
            Enums.Interpretation.Rgb16 => image.Colourspace(Enums.Interpretation.Srgb),
            Enums.Interpretation.Grey16 => image.Colourspace(Enums.Interpretation.Bw),
            _ => image,
        };

        var result = converted;
        if (keepAlpha && !converted.HasAlpha())
        {
            result = converted.Bandjoin(255);
        }
        else if (!keepAlpha && converted.HasAlpha())
        {
            // A decoder may add alpha the container never declared: drop it, as the managed engine does.
            result = converted.ExtractBand(0, converted.Bands - 1);
        }

        if (!ReferenceEquals(converted, image) && !ReferenceEquals(converted, result))
        {
            // An intermediate left to the finalizer would keep the whole pipeline, source included, alive.
            converted.Dispose();
        }

        return result;
    }

    /// <summary>Encodes a variant: PNG when alpha is kept, otherwise JPEG at the given quality.</summary>
    public static EncodedVariant Encode(string name, Image image, bool hasAlpha, int jpegQuality)
    {
        var content = hasAlpha
            ? image.PngsaveBuffer(
                compression: PngCompression,
                filter: PngFilter,
                bitdepth: 8,
                keep: Enums.ForeignKeep.None)
            : image.JpegsaveBuffer(
                q: jpegQuality,
                subsampleMode: Enums.ForeignSubsample.On,
                keep: Enums.ForeignKeep.None);
        var format = hasAlpha ? ImageFormat.Png : ImageFormat.Jpeg;
        return new EncodedVariant(name, format, image.Width, image.Height, content);
    }
}
