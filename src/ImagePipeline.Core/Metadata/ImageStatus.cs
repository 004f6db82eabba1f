namespace ImagePipeline.Core.Metadata;

/// <summary>The state of an image's metadata item.</summary>
public enum ImageStatus
{
    /// <summary>Both variants were written.</summary>
    Processed,

    /// <summary>The original was refused; the item carries the reason and the original is left untouched.</summary>
    Rejected,
}
