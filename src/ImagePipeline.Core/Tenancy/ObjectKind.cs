namespace ImagePipeline.Core.Tenancy;

/// <summary>The top-level folder an object lives in.</summary>
public enum ObjectKind
{
    /// <summary>An uploaded original, under <c>originals/</c>.</summary>
    Original,

    /// <summary>A resized variant written by the function, under <c>processed/</c>.</summary>
    Processed,
}
