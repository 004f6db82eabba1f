namespace ImagePipeline.Core.Imaging.Headers;

/// <summary>Reads a PNG's IHDR and walks its chunks to find transparency and check the file is complete.</summary>
internal static class PngHeaderReader
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool Matches(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    public static HeaderReadResult Read(ReadOnlySpan<byte> data)
    {
        if (!TryChunk(data, 8, out var type, out var length) || type != "IHDR" || length != 13)
        {
            return Corrupt("the first chunk is not a complete IHDR");
        }

        ByteReader.TryUInt32BigEndian(data, 16, out var width);
        ByteReader.TryUInt32BigEndian(data, 20, out var height);
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue)
        {
            return Corrupt($"IHDR declares {width}x{height} pixels");
        }

        var colourType = data[25];
        var hasAlpha = colourType is 4 or 6;
        var position = 8 + 12 + 13;
        while (TryChunk(data, position, out type, out length))
        {
            if (type == "IEND")
            {
                var size = new PixelSize((int)width, (int)height);
                return HeaderReadResult.Of(new ImageHeader(ImageFormat.Png, size, hasAlpha));
            }

            hasAlpha |= type == "tRNS";
            position += 12 + length;
        }

        return Corrupt($"the chunk at byte {position} is truncated or the IEND chunk is missing");
    }

    private static bool TryChunk(ReadOnlySpan<byte> data, int position, out string type, out int length)
    {
        type = string.Empty;
        length = 0;
        if (!ByteReader.TryUInt32BigEndian(data, position, out var declared) || declared > int.MaxValue - 12
            || (long)position + 12 + declared > data.Length)
        {
            return false;
        }

        length = (int)declared;
        type = System.Text.Encoding.ASCII.GetString(data.Slice(position + 4, 4));
        return true;
    }

    private static HeaderReadResult Corrupt(string problem) => HeaderReadResult.Corrupt(ImageFormat.Png, problem);
}
