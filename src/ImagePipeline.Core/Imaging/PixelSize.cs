namespace ImagePipeline.Core.Imaging;

/// <summary>A width and a height in pixels.</summary>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
public readonly record struct PixelSize(int Width, int Height)
{
    /// <summary>The number of pixels, width times height.</summary>
    public long Area => (long)Width * Height;

    /// <summary>Whether this size is at least as large as <paramref name="other"/> on both sides.</summary>
    public bool Covers(PixelSize other) => Width >= other.Width && Height >= other.Height;

    /// <inheritdoc />
    public override string ToString() => $"{Width}x{Height}";
}
