using ImagePipeline.Core.Imaging.Headers;

namespace ImagePipeline.Core.Imaging;

/// <summary>The checks every engine runs on untrusted bytes before any decoder sees them.</summary>
internal static class InputGuard
{
    /// <summary>Checks the spec and the input; returns every engine's refusal, or null and the header.</summary>
    /// <exception cref="ArgumentException">The spec itself is unusable (see <see cref="Validate"/>).</exception>
    public static ResizeOutcome? Admit(ReadOnlySpan<byte> input, ResizeSpec spec, out ImageHeader header)
    {
        Validate(spec);
        var inspection = Inspect(input, spec);
        if (inspection.Header is { } admitted)
        {
            header = admitted;
            return null;
        }

        header = default!;
        return ResizeOutcome.Rejected(inspection.Rejection!.Reason, inspection.Rejection.Message);
    }

    /// <summary>Returns the header of an acceptable input, or the rejection every engine gives it.</summary>
    public static HeaderReadResult Inspect(ReadOnlySpan<byte> input, ResizeSpec spec)
    {
        if (input.IsEmpty)
        {
            return Reject(RejectionReason.Empty, "The input has no bytes; upload the image again.");
        }

        if (input.Length > spec.MaxInputBytes)
        {
            return Reject(
                RejectionReason.TooLarge,
                $"The input has {input.Length} bytes, more than the limit of {spec.MaxInputBytes}; " +
                "upload a smaller file or raise the limit.");
        }

        var read = ImageHeaderReader.Read(input);
        if (read.Header is not { } header)
        {
            return read;
        }

        if (header.Size.Area > spec.MaxPixels)
        {
            return Reject(
                RejectionReason.TooManyPixels,
                $"The {header.Format} declares {header.Size} = {header.Size.Area} pixels, more than the limit of " +
                $"{spec.MaxPixels}; it was refused before decoding. Downscale it before uploading.");
        }

        if (header.IsProgressive && header.Size.Area > spec.MaxProgressivePixels)
        {
            return Reject(
                RejectionReason.ExceedsMemoryBudget,
                $"The progressive JPEG has {header.Size} = {header.Size.Area} pixels, more than the limit of " +
                $"{spec.MaxProgressivePixels} for progressive JPEGs, which cannot be shrunk while decoding; " +
                "re-encode it as a baseline JPEG.");
        }

        return read;
    }

    /// <summary>Throws when the spec itself is unusable, which is a configuration fault, not bad input.</summary>
    public static void Validate(ResizeSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Variants.Count == 0)
        {
            throw new ArgumentException("The resize spec has no variants; add at least one VariantSpec.", nameof(spec));
        }

        foreach (var variant in spec.Variants)
        {
            if (variant.MaxWidth <= 0 || variant.MaxHeight <= 0)
            {
                throw new ArgumentException(
                    $"Variant '{variant.Name}' has a box of {variant.MaxWidth}x{variant.MaxHeight}; " +
                    "both sides must be positive.",
                    nameof(spec));
            }
        }

        if (spec.JpegQuality is < 1 or > 100)
        {
            throw new ArgumentException(
                $"JpegQuality is {spec.JpegQuality}; it must be between 1 and 100.", nameof(spec));
        }
    }

    private static HeaderReadResult Reject(RejectionReason reason, string message) =>
        new(null, new ImageRejection(reason, message));
}
