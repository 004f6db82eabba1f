namespace ImagePipeline.Core.Imaging;

/// <summary>Why an image was refused; every engine maps its failures onto these.</summary>
public enum RejectionReason
{
    /// <summary>The input has no bytes.</summary>
    Empty,

    /// <summary>The content is not one of the allowed formats, whatever its name says.</summary>
    UnsupportedFormat,

    /// <summary>The content claims an allowed format but cannot be decoded.</summary>
    Corrupt,

    /// <summary>The declared dimensions exceed the pixel limit.</summary>
    TooManyPixels,

    /// <summary>The encoded input exceeds the byte limit.</summary>
    TooLarge,

    /// <summary>The input would need more memory to decode than the engine allows.</summary>
    ExceedsMemoryBudget,

    /// <summary>The file name's extension names a different format than the content has.</summary>
    ExtensionMismatch,
}
