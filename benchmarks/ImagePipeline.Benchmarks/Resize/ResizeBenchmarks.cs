using BenchmarkDotNet.Attributes;
using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Benchmarks.Resize;

/// <summary>The resize path (decode, both variants, encode) per engine; ImageSharp is the baseline.</summary>
/// <remarks>
/// Managed allocations come from the memory diagnoser; libvips allocates natively, so peak process memory is
/// measured separately with <c>--peak-memory</c>. <see cref="VipsRaw"/> does the engine's work with bare
/// NetVips calls, to show what the engine's checks cost.
/// </remarks>
[MemoryDiagnoser]
public class ResizeBenchmarks
{
    private byte[] _input = [];
    private IImageEngine _imageSharp = null!;
    private IImageEngine _vips = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = ResizeInputs.Jpeg12Mp;

    public static IEnumerable<string> Inputs => ResizeInputs.Names;

    [GlobalSetup]
    public void Setup()
    {
        _input = ResizeInputs.Load(Input);
        _imageSharp = ImageEngines.Create(ImageSharpEngine.EngineName);
        _vips = ImageEngines.Create(VipsEngine.EngineName);
    }

    [Benchmark(Baseline = true, Description = "imagesharp engine")]
    public long ImageSharp() => Bytes(_imageSharp.Resize(_input, ResizeSpec.Default));

    [Benchmark(Description = "vips engine")]
    public long Vips() => Bytes(_vips.Resize(_input, ResizeSpec.Default));

    [Benchmark(Description = "vips raw call")]
    public long VipsRaw() => RawVipsResize.Run(_input, ResizeSpec.Default, alpha: Input == ResizeInputs.PngAlpha);

    private static long Bytes(ResizeOutcome outcome) =>
        outcome.Succeeded
            ? outcome.Variants.Sum(variant => (long)variant.Content.Length)
            : throw new InvalidOperationException($"The benchmark input was refused: {outcome.Rejection}");
}
