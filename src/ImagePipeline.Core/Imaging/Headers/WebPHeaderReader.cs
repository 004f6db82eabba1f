namespace ImagePipeline.Core.Imaging.Headers;

/// <summary>Reads a WebP's canvas from its first chunk (VP8, VP8L or VP8X).</summary>
internal static class WebPHeaderReader
{
    public static bool Matches(ReadOnlySpan<byte> data) =>
        data.Length >= 12 && data.StartsWith("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8);

    public static HeaderReadResult Read(ReadOnlySpan<byte> data)
    {
        ByteReader.TryUInt32LittleEndian(data, 4, out var riffSize);
        if (riffSize + 8L > data.Length)
        {
            return Corrupt($"the RIFF container declares {riffSize + 8L} bytes but the file has {data.Length}");
        }

        if (data.Length < 30)
        {
            return Corrupt("the first chunk is truncated");
        }

        var fourCc = data.Slice(12, 4);
        var chunk = data[20..];
        if (fourCc.SequenceEqual("VP8 "u8))
        {
            return ReadLossy(chunk);
        }

        if (fourCc.SequenceEqual("VP8L"u8))
        {
            return ReadLossless(chunk);
        }

        return fourCc.SequenceEqual("VP8X"u8)
            ? ReadExtended(chunk)
            : Corrupt($"the first chunk '{System.Text.Encoding.ASCII.GetString(fourCc)}' is not VP8, VP8L or VP8X");
    }

    private static HeaderReadResult ReadLossy(ReadOnlySpan<byte> chunk)
    {
        if (chunk[3] != 0x9D || chunk[4] != 0x01 || chunk[5] != 0x2A)
        {
            return Corrupt("the VP8 start code is missing");
        }

        ByteReader.TryUInt16LittleEndian(chunk, 6, out var width);
        ByteReader.TryUInt16LittleEndian(chunk, 8, out var height);
        return Sized(width & 0x3FFF, height & 0x3FFF, false);
    }

    private static HeaderReadResult ReadLossless(ReadOnlySpan<byte> chunk)
    {
        if (chunk[0] != 0x2F)
        {
            return Corrupt("the VP8L signature is missing");
        }

        ByteReader.TryUInt32LittleEndian(chunk, 1, out var bits);
        return Sized((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1, ((bits >> 28) & 1) != 0);
    }

    private static HeaderReadResult ReadExtended(ReadOnlySpan<byte> chunk)
    {
        var flags = chunk[0];
        var width = ByteReader.UInt24LittleEndian(chunk, 4) + 1;
        var height = ByteReader.UInt24LittleEndian(chunk, 7) + 1;
        return Sized(width, height, (flags & 0x10) != 0);
    }

    private static HeaderReadResult Sized(int width, int height, bool hasAlpha) =>
        width == 0 || height == 0
            ? Corrupt($"the canvas is {width}x{height} pixels")
            : HeaderReadResult.Of(new ImageHeader(ImageFormat.WebP, new PixelSize(width, height), hasAlpha));

    private static HeaderReadResult Corrupt(string problem) => HeaderReadResult.Corrupt(ImageFormat.WebP, problem);
}
