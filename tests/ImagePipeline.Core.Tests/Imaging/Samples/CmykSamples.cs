using SixLabors.ImageSharp.Formats.Png;

namespace ImagePipeline.Core.Tests.Imaging.Samples;

/// <summary>CMYK JPEGs, as print workflows export them, made with libvips's built-in CMYK profile.</summary>
public static class CmykSamples
{
    /// <summary>A photo converted to CMYK and saved without its profile, as many exports do.</summary>
    public static byte[] Jpeg(int width, int height, int seed)
    {
        using var photo = SyntheticImages.Photo(width, height, seed);
        var png = SyntheticImages.Encode(photo, new PngEncoder());
        using var rgb = NetVips.Image.NewFromBuffer(png);
        using var cmyk = rgb.Colourspace(NetVips.Enums.Interpretation.Cmyk);
        return cmyk.JpegsaveBuffer(q: 92, keep: NetVips.Enums.ForeignKeep.None);
    }
}
