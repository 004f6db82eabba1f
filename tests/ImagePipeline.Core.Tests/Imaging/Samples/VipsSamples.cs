using SixLabors.ImageSharp.Formats.Png;

namespace ImagePipeline.Core.Tests.Imaging.Samples;

/// <summary>Samples only libvips can write: progressive JPEGs and JPEGs tagged with a wide-gamut ICC profile.</summary>
public static class VipsSamples
{
    public static byte[] ProgressiveJpeg(int width, int height, int seed)
    {
        using var image = FromPhoto(width, height, seed);
        return image.JpegsaveBuffer(q: 90, interlace: true);
    }

    /// <summary>A photo converted to Display P3 with the profile embedded, as recent phones save them.</summary>
    public static byte[] DisplayP3Jpeg(int width, int height, int seed)
    {
        using var image = FromPhoto(width, height, seed);
        using var p3 = image.IccTransform("p3", embedded: true, inputProfile: "srgb");
        return p3.JpegsaveBuffer(q: 92);
    }

    /// <summary>A two-frame animated WebP: a red first frame, a blue second one.</summary>
    public static byte[] AnimatedWebP()
    {
        using var gif = NetVips.Image.NewFromBuffer(HostileImages.AnimatedGif(), "n=-1");
        return gif.WebpsaveBuffer(lossless: true);
    }

    private static NetVips.Image FromPhoto(int width, int height, int seed)
    {
        using var photo = SyntheticImages.Photo(width, height, seed);
        return NetVips.Image.NewFromBuffer(SyntheticImages.Encode(photo, new PngEncoder()));
    }
}
