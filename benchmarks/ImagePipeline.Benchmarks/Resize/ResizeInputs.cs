using ImagePipeline.Core.Tests.Imaging.Samples;

namespace ImagePipeline.Benchmarks.Resize;

/// <summary>The inputs: photo-like JPEGs of 1, 12 and 24 MP and a translucent PNG, built deterministically.</summary>
/// <remarks>Files are cached in the temp folder, so each benchmark process and peak-memory child reuses them.</remarks>
public static class ResizeInputs
{
    public const string Jpeg1Mp = "jpeg-1mp";
    public const string Jpeg12Mp = "jpeg-12mp";
    public const string Jpeg24Mp = "jpeg-24mp";
    public const string PngAlpha = "png-alpha-3mp";

    public static IReadOnlyList<string> Names { get; } = [Jpeg1Mp, Jpeg12Mp, Jpeg24Mp, PngAlpha];

    public static byte[] Load(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>Returns the input's file, generating it on first use.</summary>
    public static string PathOf(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "imagepipeline-bench-inputs-v1");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + (name == PngAlpha ? ".png" : ".jpg"));
        if (!File.Exists(path))
        {
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(temporary, Generate(name));
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    private static byte[] Generate(string name) => name switch
    {
        Jpeg1Mp => SyntheticImages.PhotoJpeg(1152, 864, seed: 1),
        Jpeg12Mp => SyntheticImages.PhotoJpeg(4000, 3000, seed: 12),
        Jpeg24Mp => SyntheticImages.PhotoJpeg(6000, 4000, seed: 24),
        PngAlpha => SyntheticImages.TranslucentPng(2000, 1500, seed: 3),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"Use one of: {string.Join(", ", Names)}."),
    };
}
