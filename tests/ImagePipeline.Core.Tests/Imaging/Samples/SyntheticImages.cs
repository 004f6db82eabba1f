using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace ImagePipeline.Core.Tests.Imaging.Samples;

/// <summary>Deterministic, photo-like test images: smooth gradients, hard-edged shapes and seeded grain.</summary>
/// <remarks>
/// The grain and the edges give JPEG files the size and the resampling work of a real photo, so benchmark and
/// test inputs behave like camera output without committing large binaries.
/// </remarks>
public static class SyntheticImages
{
    public static Image<Rgb24> Photo(int width, int height, int seed)
    {
        var image = new Image<Rgb24>(width, height);
        var shapes = Shapes(width, height, seed);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = PhotoPixel(x, y, width, height, seed, shapes);
                }
            }
        });
        return image;
    }

    /// <summary>A photo with a 60x60 red block at its top-left corner, showing where orientation moved it.</summary>
    public static Image<Rgb24> PhotoWithRedCorner(int width, int height, int seed)
    {
        var image = Photo(width, height, seed);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < 60; y++)
            {
                rows.GetRowSpan(y)[..60].Fill(new Rgb24(255, 0, 0));
            }
        });
        return image;
    }

    public static byte[] PhotoJpeg(int width, int height, int seed, int quality = 90)
    {
        using var image = Photo(width, height, seed);
        return Encode(image, new JpegEncoder { Quality = quality, ColorType = JpegColorType.YCbCrRatio420 });
    }

    public static Image<Rgba32> TranslucentPhoto(int width, int height, int seed)
    {
        using var photo = Photo(width, height, seed);
        var image = photo.CloneAs<Rgba32>();
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    // Left quarter fully transparent, then a ramp to opaque: both ends of alpha are exercised.
                    var alpha = x < width / 4 ? 0 : Math.Min(255, 64 + (x * 255 / width));
                    row[x].A = (byte)alpha;
                }
            }
        });
        return image;
    }

    public static byte[] TranslucentPng(int width, int height, int seed)
    {
        using var image = TranslucentPhoto(width, height, seed);
        return Encode(image, new PngEncoder { ColorType = PngColorType.RgbWithAlpha });
    }

    public static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    private static Rgb24 PhotoPixel(
        int x,
        int y,
        int width,
        int height,
        int seed,
        (int X, int Y, int R, Rgb24 C)[] shapes)
    {
        var r = 40 + (180 * x / width);
        var g = 30 + (160 * y / height);
        var b = 128 + (int)(60 * Math.Sin((x + (2 * y)) / 97.0));
        foreach (var shape in shapes)
        {
            var dx = x - shape.X;
            var dy = y - shape.Y;
            if ((dx * dx) + (dy * dy) < shape.R * shape.R)
            {
                (r, g, b) = ((r + shape.C.R) / 2, (g + shape.C.G) / 2, (b + shape.C.B) / 2);
            }
        }

        var grain = Grain(x, y, seed);
        return new Rgb24(Clamp(r + grain), Clamp(g + grain), Clamp(b + grain));
    }

    private static (int X, int Y, int R, Rgb24 C)[] Shapes(int width, int height, int seed)
    {
        var random = new Random(seed);
        var radius = Math.Max(2, Math.Min(width, height) / 8);
        return Enumerable.Range(0, 12)
            .Select(_ => (
                random.Next(width),
                random.Next(height),
                random.Next(radius / 2, radius + 1),
                new Rgb24((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256))))
            .ToArray();
    }

    private static int Grain(int x, int y, int seed)
    {
        var h = unchecked((uint)((x * 73856093) ^ (y * 19349663) ^ (seed * 83492791)));
        h ^= h >> 13;
        h = unchecked(h * 0x5BD1E995);
        h ^= h >> 15;
        return (int)(h & 15) - 8;
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
