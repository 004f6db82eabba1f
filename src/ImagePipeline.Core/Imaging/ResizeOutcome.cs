using System.Diagnostics.CodeAnalysis;

namespace ImagePipeline.Core.Imaging;

/// <summary>The result of resizing one image: its variants, or the reason it was refused.</summary>
/// <remarks>A refused image is an expected outcome and is returned, never thrown.</remarks>
public sealed class ResizeOutcome
{
    private ResizeOutcome(SourceImageInfo? source, IReadOnlyList<EncodedVariant> variants, ImageRejection? rejection)
    {
        Source = source;
        Variants = variants;
        Rejection = rejection;
    }

    /// <summary>The original's description; null when refused before it could be read.</summary>
    public SourceImageInfo? Source { get; }

    /// <summary>The variants, in spec order; empty when refused.</summary>
    public IReadOnlyList<EncodedVariant> Variants { get; }

    /// <summary>Why the image was refused, when it was.</summary>
    public ImageRejection? Rejection { get; }

    /// <summary>Whether the image was resized.</summary>
    [MemberNotNullWhen(true, nameof(Source))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool Succeeded => Rejection is null;

    /// <summary>A successful outcome.</summary>
    public static ResizeOutcome Success(SourceImageInfo source, IReadOnlyList<EncodedVariant> variants) =>
        new(source, variants, null);

    /// <summary>A refusal.</summary>
    public static ResizeOutcome Rejected(RejectionReason reason, string message, SourceImageInfo? source = null) =>
        new(source, [], new ImageRejection(reason, message));
}
