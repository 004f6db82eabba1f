namespace ImagePipeline.Core.Imaging.Headers;

/// <summary>Reads a JPEG's frame header by walking its marker segments, and checks the file is complete.</summary>
internal static class JpegHeaderReader
{
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;

    public static bool Matches(ReadOnlySpan<byte> data) =>
        data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static HeaderReadResult Read(ReadOnlySpan<byte> data)
    {
        ImageHeader? header = null;
        var position = 2;
        while (position < data.Length - 1)
        {
            if (data[position] != 0xFF)
            {
                return Corrupt($"expected a marker at byte {position}");
            }

            var marker = data[position + 1];
            if (marker == 0xFF || marker == 0x01 || marker is >= 0xD0 and <= 0xD7)
            {
                // Fill bytes and stand-alone markers carry no length.
                position += marker == 0xFF ? 1 : 2;
                continue;
            }

            if (marker == EndOfImage)
            {
                return Corrupt("the image ends before its first scan");
            }

            if (!TryReadSegmentLength(data, position, out var length))
            {
                return Corrupt($"the segment at byte {position} is truncated");
            }

            if (ReadSegment(data, position, length, ref header) is { } finished)
            {
                return finished;
            }

            position += 2 + length;
        }

        return Corrupt("the file ends before the first scan");
    }

    private static bool TryReadSegmentLength(ReadOnlySpan<byte> data, int position, out int length) =>
        ByteReader.TryUInt16BigEndian(data, position + 2, out length) && length >= 2
        && position + 2 + length <= data.Length;

    // Returns the final result once a frame is rejected or the first scan is reached, or null to read on.
    private static HeaderReadResult? ReadSegment(
        ReadOnlySpan<byte> data, int position, int length, ref ImageHeader? header)
    {
        var marker = data[position + 1];
        if (IsStartOfFrame(marker))
        {
            var frame = ReadFrame(data.Slice(position + 4, length - 2), marker);
            if (frame.Rejection is not null)
            {
                return frame;
            }

            header = frame.Header;
        }
        else if (marker == StartOfScan)
        {
            return header is null
                ? Corrupt("a scan comes before the frame header")
                : Complete(data, position, header);
        }

        return null;
    }

    private static bool IsStartOfFrame(byte marker) =>
        marker is >= 0xC0 and <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;

    private static HeaderReadResult ReadFrame(ReadOnlySpan<byte> segment, byte marker)
    {
        if (marker is not (0xC0 or 0xC1 or 0xC2))
        {
            return HeaderReadResult.Unsupported(
                $"The JPEG uses coding process SOF{marker - 0xC0} (lossless, hierarchical or arithmetic); " +
                "only baseline, extended and progressive Huffman JPEGs are accepted. Re-encode it as a baseline JPEG.");
        }

        if (segment.Length < 6 || !ByteReader.TryUInt16BigEndian(segment, 1, out var height)
            || !ByteReader.TryUInt16BigEndian(segment, 3, out var width))
        {
            return Corrupt("the frame header is too short");
        }

        if (width == 0 || height == 0)
        {
            return Corrupt($"the frame declares {width}x{height} pixels");
        }

        var size = new PixelSize(width, height);
        var progressive = marker == 0xC2;
        return HeaderReadResult.Of(new ImageHeader(ImageFormat.Jpeg, size, HasAlpha: false, progressive));
    }

    private static HeaderReadResult Complete(ReadOnlySpan<byte> data, int scanPosition, ImageHeader header)
    {
        // Entropy-coded data escapes 0xFF, so an end-of-image marker after the first scan is a real one.
        ReadOnlySpan<byte> endOfImage = [0xFF, EndOfImage];
        return data[scanPosition..].LastIndexOf(endOfImage) < 0
            ? Corrupt("the file is truncated (no end-of-image marker after the scan data)")
            : HeaderReadResult.Of(header);
    }

    private static HeaderReadResult Corrupt(string problem) => HeaderReadResult.Corrupt(ImageFormat.Jpeg, problem);
}
