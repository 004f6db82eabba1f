using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ImagePipeline.Core.Tests.Imaging.Samples;

/// <summary>Peak signal-to-noise ratio between two images of the same size, on premultiplied RGB and alpha.</summary>
/// <remarks>Premultiplying ignores the hidden colour of fully transparent pixels, which encoders may change.</remarks>
public static class ImageComparison
{
    public static double Psnr(Image<Rgba32> expected, Image<Rgba32> actual)
    {
        if (expected.Size() != actual.Size())
        {
            throw new ArgumentException($"Sizes differ: {expected.Size()} and {actual.Size()}.", nameof(actual));
        }

        double sum = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                sum += SquaredError(expected[x, y], actual[x, y]);
            }
        }

        var mse = sum / (4.0 * expected.Width * expected.Height);
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }

    private static double SquaredError(Rgba32 a, Rgba32 b)
    {
        static double Channel(byte colour, byte alpha) => colour * alpha / 255.0;
        var dr = Channel(a.R, a.A) - Channel(b.R, b.A);
        var dg = Channel(a.G, a.A) - Channel(b.G, b.A);
        var db = Channel(a.B, a.A) - Channel(b.B, b.A);
        var da = (double)a.A - b.A;
        return (dr * dr) + (dg * dg) + (db * db) + (da * da);
    }
}
