using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Benchmarks.Resize;

/// <summary>What the measured modes compare on one input: both engines, the raw call and a decode floor.</summary>
public static class ResizeSubjects
{
    /// <summary>The same work as the vips engine done with bare NetVips calls.</summary>
    public const string RawVips = "vips-raw";

    /// <summary>Only the JPEG decode the vips engine needs, with no resize and no encode: its floor.</summary>
    public const string DecodeOnly = "vips-decode-only";

    /// <summary>The subjects for an input, the ImageSharp baseline first; the decode floor is for JPEGs only.</summary>
    public static IReadOnlyList<string> For(string input) =>
        input == ResizeInputs.PngAlpha
            ? [ImageSharpEngine.EngineName, VipsEngine.EngineName, RawVips]
            : [ImageSharpEngine.EngineName, VipsEngine.EngineName, RawVips, DecodeOnly];

    /// <summary>Returns one unit of a subject's work on the input, which returns the bytes it produced.</summary>
    /// <exception cref="InvalidOperationException">An engine refused the input.</exception>
    public static Func<long> Create(string subject, string input, byte[] bytes)
    {
        var alpha = input == ResizeInputs.PngAlpha;

        // The bare calls run with libvips loaded and configured as the engine configures it, so only the work differs.
        var engine = ImageEngines.Create(subject is RawVips or DecodeOnly ? VipsEngine.EngineName : subject);
        return subject switch
        {
            RawVips => () => RawVipsResize.Run(bytes, ResizeSpec.Default, alpha),
            DecodeOnly => () => RawVipsResize.DecodeOnly(bytes, ResizeSpec.Default),
            _ => EngineWork(engine, bytes),
        };
    }

    private static Func<long> EngineWork(IImageEngine engine, byte[] bytes) => () =>
    {
        var outcome = engine.Resize(bytes, ResizeSpec.Default);
        return outcome.Succeeded
            ? outcome.Variants.Sum(variant => (long)variant.Content.Length)
            : throw new InvalidOperationException($"The benchmark input was refused: {outcome.Rejection}");
    };
}
