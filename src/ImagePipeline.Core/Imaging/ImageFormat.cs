namespace ImagePipeline.Core.Imaging;

/// <summary>The image formats the pipeline reads or writes.</summary>
public enum ImageFormat
{
    /// <summary>JPEG (baseline or progressive).</summary>
    Jpeg,

    /// <summary>PNG.</summary>
    Png,

    /// <summary>WebP (lossy or lossless).</summary>
    WebP,

    /// <summary>GIF; only the first frame is read.</summary>
    Gif,
}
