using System.Buffers.Binary;
using System.IO.Compression;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace ImagePipeline.Core.Tests.Imaging.Samples;

/// <summary>Inputs an attacker or a broken client could upload, built deterministically in code.</summary>
public static class HostileImages
{
    private static readonly Lazy<byte[]> _pngBomb = new(() => PngBomb(20_000, 20_000));

    /// <summary>A 20000x20000 one-bit PNG (400 MP) whose IDAT inflates to 50 MB: a few dozen KB on disk.</summary>
    public static byte[] PngBomb20000 => _pngBomb.Value;

    public static byte[] Empty => [];

    /// <summary>A real JPEG cut at 60% of its length: no end-of-image marker.</summary>
    public static byte[] TruncatedJpeg()
    {
        var jpeg = SyntheticImages.PhotoJpeg(320, 240, seed: 7);
        return jpeg[..(jpeg.Length * 6 / 10)];
    }

    /// <summary>Seeded random bytes, as uploaded under a <c>.jpg</c> name.</summary>
    public static byte[] RandomBytes(int length = 4096, int seed = 1234)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A valid small JPEG whose frame header is patched to declare 60000x60000 pixels.</summary>
    public static byte[] JpegBomb()
    {
        var jpeg = SyntheticImages.PhotoJpeg(16, 16, seed: 3);
        for (var i = 2; i < jpeg.Length - 9; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xC0)
            {
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 5), 60_000);
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 7), 60_000);
                return jpeg;
            }
        }

        throw new InvalidOperationException("The encoder wrote no SOF0 marker.");
    }

    /// <summary>A GIF whose screen and first frame declare 65535x65535 pixels, with a two-code LZW stream.</summary>
    public static byte[] GifBomb()
    {
        using var stream = new MemoryStream();
        stream.Write("GIF89a"u8);
        stream.Write([0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00]);
        stream.Write([0x2C, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x80]);
        stream.Write([0, 0, 0, 255, 255, 255]);
        stream.Write([0x02, 0x02, 0x44, 0x01, 0x00, 0x3B]);
        return stream.ToArray();
    }

    /// <summary>A lossless WebP whose header declares 16384x16384 pixels (268 MP).</summary>
    public static byte[] WebPBomb()
    {
        const uint bits = 0x3FFF | (0x3FFFu << 14);
        var body = new byte[64];
        body[0] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(1), bits);
        var file = new byte[20 + body.Length];
        "RIFF"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(file.Length - 8));
        "WEBPVP8L"u8.CopyTo(file.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(16), (uint)body.Length);
        body.CopyTo(file.AsSpan(20));
        return file;
    }

    /// <summary>A photo with EXIF orientation 6 (rotate 90 clockwise to display) and a GPS position.</summary>
    /// <remarks>Stored 300x200 with a red block at the stored top-left: once oriented it sits top-right.</remarks>
    public static byte[] ExifRotatedJpeg()
    {
        using var image = SyntheticImages.PhotoWithRedCorner(300, 200, seed: 11);
        image.Metadata.ExifProfile = MetadataSamples.ExifWithGps(orientation: 6);
        image.Metadata.XmpProfile = MetadataSamples.Xmp();
        return SyntheticImages.Encode(image, new JpegEncoder { Quality = 90 });
    }

    /// <summary>A two-frame animated GIF: a red first frame, a blue second one.</summary>
    public static byte[] AnimatedGif()
    {
        using var image = new Image<Rgba32>(64, 48, new Rgba32(255, 0, 0));
        using var second = new Image<Rgba32>(64, 48, new Rgba32(0, 0, 255));
        image.Frames.AddFrame(second.Frames.RootFrame);
        return SyntheticImages.Encode(image, new GifEncoder());
    }

    private static byte[] PngBomb(int width, int height)
    {
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1;
        PngChunks.Write(file, "IHDR", header);
        PngChunks.Write(file, "IDAT", ZeroRows((width + 7) / 8 + 1, height));
        PngChunks.Write(file, "IEND", []);
        return file.ToArray();
    }

    private static byte[] ZeroRows(int rowBytes, int rows)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[rowBytes];
            for (var i = 0; i < rows; i++)
            {
                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }
}
