namespace ImagePipeline.Core.Imaging.Headers;

/// <summary>A header, or the reason the bytes have none the pipeline accepts.</summary>
internal readonly record struct HeaderReadResult(ImageHeader? Header, ImageRejection? Rejection)
{
    public static HeaderReadResult Of(ImageHeader header) => new(header, null);

    public static HeaderReadResult Corrupt(ImageFormat format, string problem) =>
        new(null, new ImageRejection(RejectionReason.Corrupt, $"The {format} data is corrupt: {problem}."));

    public static HeaderReadResult Unsupported(string message) =>
        new(null, new ImageRejection(RejectionReason.UnsupportedFormat, message));
}
