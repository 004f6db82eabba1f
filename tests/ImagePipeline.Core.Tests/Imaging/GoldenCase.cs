using SixLabors.ImageSharp;

namespace ImagePipeline.Core.Tests.Imaging;

/// <summary>One golden input: the encoded upload, the pristine picture it shows, and the tolerance it earns.</summary>
/// <param name="Name">The case name, used in reference file names.</param>
/// <param name="Input">The encoded bytes given to the engine.</param>
/// <param name="Pristine">The picture as it should be displayed (oriented, first frame), before lossy encoding.</param>
/// <param name="MinimumPsnr">The lowest acceptable PSNR against the reference, in dB.</param>
public sealed record GoldenCase(string Name, byte[] Input, Func<Image> Pristine, double MinimumPsnr)
{
    public override string ToString() => Name;
}
