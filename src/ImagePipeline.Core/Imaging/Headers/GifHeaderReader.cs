namespace ImagePipeline.Core.Imaging.Headers;

/// <summary>Reads a GIF's screen and first frame, the only frame the pipeline uses.</summary>
internal static class GifHeaderReader
{
    private const byte ExtensionIntroducer = 0x21;
    private const byte ImageSeparator = 0x2C;
    private const byte Trailer = 0x3B;
    private const byte GraphicControlLabel = 0xF9;

    public static bool Matches(ReadOnlySpan<byte> data) =>
        data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8);

    public static HeaderReadResult Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 13)
        {
            return Corrupt("the logical screen descriptor is truncated");
        }

        ByteReader.TryUInt16LittleEndian(data, 6, out var width);
        ByteReader.TryUInt16LittleEndian(data, 8, out var height);
        if (width == 0 || height == 0)
        {
            return Corrupt($"the logical screen is {width}x{height} pixels");
        }

        var position = 13 + ColourTableLength(data[10]);
        var transparent = false;
        while (position < data.Length)
        {
            switch (data[position])
            {
                case ExtensionIntroducer when position + 1 < data.Length:
                    // A graphic control block describes the image that follows it.
                    if (data[position + 1] == GraphicControlLabel)
                    {
                        transparent = IsTransparentControl(data, position);
                    }

                    position = SkipSubBlocks(data, position + 2);
                    break;
                case ImageSeparator:
                    return ReadFirstFrame(data, position, new PixelSize(width, height), transparent);
                case Trailer:
                    return Corrupt("the file has no image");
                default:
                    return Corrupt($"unexpected block 0x{data[position]:X2} at byte {position}");
            }
        }

        return Corrupt("the file ends before its first image");
    }

    private static HeaderReadResult ReadFirstFrame(ReadOnlySpan<byte> data, int position, PixelSize screen, bool alpha)
    {
        if (position + 10 > data.Length)
        {
            return Corrupt("the first image descriptor is truncated");
        }

        ByteReader.TryUInt16LittleEndian(data, position + 5, out var frameWidth);
        ByteReader.TryUInt16LittleEndian(data, position + 7, out var frameHeight);
        var dataStart = position + 10 + ColourTableLength(data[position + 9]) + 1;
        if (SkipSubBlocks(data, dataStart) > data.Length)
        {
            return Corrupt("the first image's data is truncated");
        }

        // A frame larger than the screen would make a decoder allocate for the frame, so the larger of both counts.
        var size = new PixelSize(Math.Max(screen.Width, frameWidth), Math.Max(screen.Height, frameHeight));
        return HeaderReadResult.Of(new ImageHeader(ImageFormat.Gif, size, alpha));
    }

    private static int ColourTableLength(byte packed) => (packed & 0x80) == 0 ? 0 : 3 << ((packed & 0x07) + 1);

    private static bool IsTransparentControl(ReadOnlySpan<byte> data, int position) =>
        position + 3 < data.Length && data[position + 2] == 4 && (data[position + 3] & 0x01) != 0;

    /// <summary>Returns the position after the block terminator, or past the end when the data is truncated.</summary>
    private static int SkipSubBlocks(ReadOnlySpan<byte> data, int position)
    {
        while (position < data.Length)
        {
            var length = data[position];
            position += 1 + length;
            if (length == 0)
            {
                return position;
            }
        }

        return data.Length + 1;
    }

    private static HeaderReadResult Corrupt(string problem) => HeaderReadResult.Corrupt(ImageFormat.Gif, problem);
}
