namespace ImagePipeline.Core.Imaging.Headers;

/// <summary>Detects an image's format from its content and reads its header, without decoding any pixel.</summary>
/// <remarks>
/// Every engine runs this first, so an input is refused for the same reason whichever engine is configured,
/// and no decoder sees a file that is truncated, oversized or of a format that is not allowed.
/// </remarks>
internal static class ImageHeaderReader
{
    public static HeaderReadResult Read(ReadOnlySpan<byte> data)
    {
        if (JpegHeaderReader.Matches(data))
        {
            return JpegHeaderReader.Read(data);
        }

        if (PngHeaderReader.Matches(data))
        {
            return PngHeaderReader.Read(data);
        }

        if (GifHeaderReader.Matches(data))
        {
            return GifHeaderReader.Read(data);
        }

        return WebPHeaderReader.Matches(data)
            ? WebPHeaderReader.Read(data)
            : HeaderReadResult.Unsupported(
                $"The content (starting {Describe(data)}) is not JPEG, PNG, WebP or GIF, whatever its name says; " +
                "convert it to one of those formats.");
    }

    private static string Describe(ReadOnlySpan<byte> data) =>
        "0x" + Convert.ToHexString(data[..Math.Min(8, data.Length)]);
}
