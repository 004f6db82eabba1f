using NetVips;

namespace ImagePipeline.Core.Imaging;

/// <summary>Brings a libvips image to the output contract and encodes it without metadata.</summary>
internal static class VipsOutput
{
    private const int PngCompression = 6;

    /// <summary>Converts to 8-bit sRGB or grey, with an alpha band exactly when the source declared one.</summary>
    public static Image Normalise(Image image, bool keepAlpha)
    {
        var result = image.Interpretation switch
        {
            Enums.Interpretation.Rgb16 => image.Colourspace(Enums.Interpretation.Srgb),
            Enums.Interpretation.Grey16 => image.Colourspace(Enums.Interpretation.Bw),
            _ => image,
        };

        if (keepAlpha && !result.HasAlpha())
        {
            return result.Bandjoin(255);
        }

        // A decoder may add alpha the container never declared: drop it, as the managed engine does.
        return !keepAlpha && result.HasAlpha() ? result.ExtractBand(0, result.Bands - 1) : result;
    }

    /// <summary>Encodes a variant: PNG when alpha is kept, otherwise JPEG at the given quality.</summary>
    public static EncodedVariant Encode(string name, Image image, bool hasAlpha, int jpegQuality)
    {
        var content = hasAlpha
            ? image.PngsaveBuffer(compression: PngCompression, bitdepth: 8, keep: Enums.ForeignKeep.None)
            : image.JpegsaveBuffer(
                q: jpegQuality,
                subsampleMode: Enums.ForeignSubsample.On,
                keep: Enums.ForeignKeep.None);
        var format = hasAlpha ? ImageFormat.Png : ImageFormat.Jpeg;
        return new EncodedVariant(name, format, image.Width, image.Height, content);
    }
}
