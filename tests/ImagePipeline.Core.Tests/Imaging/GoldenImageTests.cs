using System.Runtime.CompilerServices;
using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tests.Imaging.Samples;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ImagePipeline.Core.Tests.Imaging;

/// <summary>
/// Compares every engine's variants with committed references: exact size, content within a PSNR tolerance.
/// References are the pristine picture resized with Lanczos3, so they belong to no engine; a failing output is
/// saved under <c>golden-actual/</c> beside the test binaries. Set IMAGEPIPELINE_UPDATE_GOLDEN=1 to rewrite them.
/// </summary>
public sealed class GoldenImageTests
{
    private const string UpdateVariable = "IMAGEPIPELINE_UPDATE_GOLDEN";

    [Theory]
    [MemberData(nameof(GoldenCases.EngineCases), MemberType = typeof(GoldenCases))]
    public void Resize_GoldenInput_MatchesReferenceWithinTolerance(string engine, string caseName)
    {
        var golden = GoldenCases.Get(caseName);
        var sut = ImageEngines.Create(engine);

        var outcome = sut.Resize(golden.Input, GoldenCases.Spec, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Rejection?.ToString());
        foreach (var variant in outcome.Variants)
        {
            using var reference = LoadOrWriteReference(golden, variant.Name);
            using var actual = Image.Load<Rgba32>(variant.Content.Span);
            var saved = SaveActual(engine, golden.Name, variant);
            Assert.True(
                reference.Size() == actual.Size(),
                $"{engine} {golden.Name} {variant.Name}: size {actual.Size()} != reference {reference.Size()}; " +
                $"actual saved to {saved}");
            var psnr = ImageComparison.Psnr(reference, actual);
            TestContext.Current.TestOutputHelper?.WriteLine($"{engine} {golden.Name} {variant.Name}: {psnr:0.00} dB");
            Assert.True(
                psnr >= golden.MinimumPsnr,
                $"{engine} {golden.Name} {variant.Name}: PSNR {psnr:0.0} dB < {golden.MinimumPsnr} dB; " +
                $"actual saved to {saved}");
            File.Delete(saved);
        }
    }

    private static Image<Rgba32> LoadOrWriteReference(GoldenCase golden, string variantName)
    {
        var fileName = $"{golden.Name}-{variantName}.png";
        var folder = Path.Combine(AppContext.BaseDirectory, "Imaging", "Golden");
        var path = Path.Combine(folder, fileName);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            using var pristine = golden.Pristine();
            var box = GoldenCases.Spec.Variants.Single(variant => variant.Name == variantName);
            var size = VariantGeometry.Fit(new PixelSize(pristine.Width, pristine.Height), box);
            pristine.Mutate(x => x.Resize(size.Width, size.Height, KnownResamplers.Lanczos3));
            var sourcePath = Path.Combine(SourceFolder(), "Golden", fileName);
            pristine.SaveAsPng(sourcePath);
            Directory.CreateDirectory(folder);
            File.Copy(sourcePath, path, overwrite: true);
        }

        Assert.True(File.Exists(path), $"No golden reference {fileName}; run the tests once with {UpdateVariable}=1.");
        return Image.Load<Rgba32>(path);
    }

    private static string SaveActual(string engine, string caseName, EncodedVariant variant)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "golden-actual");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{engine}-{caseName}-{variant.Name}.{variant.Extension}");
        File.WriteAllBytes(path, variant.Content.ToArray());
        return path;
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
