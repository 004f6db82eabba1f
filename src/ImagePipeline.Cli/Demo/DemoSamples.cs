using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace ImagePipeline.Cli.Demo;

/// <summary>Generates photo-like sample images in code: smooth gradients, soft shapes and seeded noise.</summary>
/// <remarks>Seeded, so every run uploads the same bytes; nothing is downloaded and no licence applies.</remarks>
internal static class DemoSamples
{
    /// <summary>Tenant number <paramref name="index"/>'s samples: photos, a PNG with alpha, hostile bytes.</summary>
    public static IReadOnlyList<DemoSample> ForTenant(int index)
    {
        var seed = 1000 + index;
        return
        [
            new("photo.jpg", Jpeg(1600 + (index * 256), 1200, seed), "image/jpeg", IsHostile: false),
            new("summer trip/été.jpg", Jpeg(900, 1400, seed + 1), "image/jpeg", IsHostile: false),
            new("logo.png", PngWithAlpha(640 - (index * 100), 480, seed + 2), "image/png", IsHostile: false),
            index % 2 == 0
                ? new("broken.jpg", Truncated(Jpeg(800, 600, seed + 3)), "image/jpeg", IsHostile: true)
                : new("notes.jpg", RandomBytes(4096, seed + 3), "image/jpeg", IsHostile: true),
        ];
    }

    /// <summary>An opaque JPEG of the given size.</summary>
    public static byte[] Jpeg(int width, int height, int seed)
    {
        using var image = new Image<Rgb24>(width, height);
        var random = new Random(seed);
        var (cx, cy) = (width * random.NextDouble(), height * random.NextDouble());
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var distance = Math.Sqrt(((x - cx) * (x - cx)) + ((y - cy) * (y - cy)));
                    var glow = Math.Max(0, 1 - (distance / (width * 0.6)));
                    var noise = random.Next(-12, 13);
                    row[x] = new Rgb24(
                        Channel((255.0 * x / width * 0.7) + (glow * 90) + noise),
                        Channel((255.0 * y / height * 0.6) + (glow * 60) + noise),
                        Channel(160 - (y * 100.0 / height) + (glow * 40) + noise));
                }
            }
        });

        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 88 });
        return output.ToArray();
    }

    /// <summary>A PNG whose alpha fades from opaque in the middle to transparent at the edges.</summary>
    public static byte[] PngWithAlpha(int width, int height, int seed)
    {
        using var image = new Image<Rgba32>(width, height);
        var random = new Random(seed);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var dx = (x - (width / 2.0)) / (width / 2.0);
                    var dy = (y - (height / 2.0)) / (height / 2.0);
                    var alpha = Math.Clamp(1.2 - Math.Sqrt((dx * dx) + (dy * dy)), 0, 1);
                    var noise = random.Next(-8, 9);
                    row[x] = new Rgba32(
                        Channel(40 + noise),
                        Channel((200 * alpha) + noise),
                        Channel(220 + noise),
                        Channel(255 * alpha));
                }
            }
        });

        using var output = new MemoryStream();
        image.SaveAsPng(output, new PngEncoder { ColorType = PngColorType.RgbWithAlpha });
        return output.ToArray();
    }

    /// <summary>The first 40% of an encoded image: a truncated file.</summary>
    public static byte[] Truncated(byte[] content) => content[..(content.Length * 2 / 5)];

    /// <summary>Random bytes, which no decoder recognises.</summary>
    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x42;
        return bytes;
    }

    private static byte Channel(double value) => (byte)Math.Clamp(value, 0, 255);
}
