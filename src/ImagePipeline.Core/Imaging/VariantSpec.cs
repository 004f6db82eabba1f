namespace ImagePipeline.Core.Imaging;

/// <summary>One resized variant: a name and the box it must fit within.</summary>
/// <param name="Name">The variant's name, used in its key (lowercase letters and digits).</param>
/// <param name="MaxWidth">The largest width in pixels.</param>
/// <param name="MaxHeight">The largest height in pixels.</param>
/// <remarks>The aspect ratio is kept and images are never upscaled.</remarks>
public sealed record VariantSpec(string Name, int MaxWidth, int MaxHeight);
