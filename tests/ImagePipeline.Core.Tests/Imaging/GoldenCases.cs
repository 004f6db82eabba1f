using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tests.Imaging.Samples;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ImagePipeline.Core.Tests.Imaging;

/// <summary>The golden inputs, built deterministically, and the small spec that keeps references small.</summary>
public static class GoldenCases
{
    /// <summary>Two boxes small enough that committed PNG references stay a few dozen KB.</summary>
    public static ResizeSpec Spec { get; } = new()
    {
        Variants = [new VariantSpec("medium", 320, 320), new VariantSpec("thumb", 96, 96)],
    };

    public static IReadOnlyList<GoldenCase> All { get; } =
    [
        new("photo-jpeg", SyntheticImages.PhotoJpeg(1200, 900, seed: 21), () => Photo(1200, 900, 21), 30),
        new("alpha-png", SyntheticImages.TranslucentPng(900, 600, seed: 22), () => Translucent(900, 600, 22), 40),
        new("photo-webp", PhotoWebP(), () => Photo(1000, 750, 23), 30),

        // The hard-edged red block and a second JPEG generation cost a little PSNR in the thumbnail.
        new("exif-rotated-jpeg", HostileImages.ExifRotatedJpeg(), RotatedPristine, 28),
        new("first-frame-gif", HostileImages.AnimatedGif(), () => new Image<Rgb24>(64, 48, new Rgb24(255, 0, 0)), 40),

        // ImageSharp 2.1 converts CMYK without colour management (about 18 dB); libvips uses a CMYK profile (28 dB).
        new("cmyk-jpeg", CmykSamples.Jpeg(800, 600, seed: 24), () => Photo(800, 600, 24), 15),
    ];

    public static TheoryData<string, string> EngineCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var engine in ImageEngines.Names)
        {
            foreach (var golden in All)
            {
                data.Add(engine, golden.Name);
            }
        }

        return data;
    }

    public static GoldenCase Get(string name) => All.Single(golden => golden.Name == name);

    private static Image Photo(int width, int height, int seed) => SyntheticImages.Photo(width, height, seed);

    private static Image Translucent(int width, int height, int seed) =>
        SyntheticImages.TranslucentPhoto(width, height, seed);

    private static byte[] PhotoWebP()
    {
        using var image = SyntheticImages.Photo(1000, 750, 23);
        return SyntheticImages.Encode(image, new WebpEncoder { Quality = 90, FileFormat = WebpFileFormatType.Lossy });
    }

    private static Image RotatedPristine()
    {
        var image = SyntheticImages.PhotoWithRedCorner(300, 200, seed: 11);
        image.Mutate(x => x.Rotate(RotateMode.Rotate90));
        return image;
    }
}
