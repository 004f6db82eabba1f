using System.Text;
using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tests.Imaging.Samples;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ImagePipeline.Core.Tests.Imaging;

public sealed class ImageEngineContractTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_Photo_ProducesBothVariantsAsJpegWithSharedGeometry(string engine)
    {
        var sut = ImageEngines.Create(engine);
        var input = SyntheticImages.PhotoJpeg(1600, 1000, seed: 5);

        var outcome = sut.Resize(input, ResizeSpec.Default, Token);

        Assert.True(outcome.Succeeded, outcome.Rejection?.ToString());
        Assert.Equal(new SourceImageInfo(ImageFormat.Jpeg, 1600, 1000, input.Length, false), outcome.Source);
        Assert.Collection(
            outcome.Variants,
            medium => AssertVariant(medium, "medium", ImageFormat.Jpeg, 1024, 640),
            thumb => AssertVariant(thumb, "thumb", ImageFormat.Jpeg, 256, 160));
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_SmallImage_NeverUpscales(string engine)
    {
        var sut = ImageEngines.Create(engine);

        var outcome = sut.Resize(SyntheticImages.PhotoJpeg(200, 120, seed: 2), ResizeSpec.Default, Token);

        Assert.All(outcome.Variants, variant => Assert.Equal((200, 120), (variant.Width, variant.Height)));
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_LowerJpegQuality_ProducesSmallerFiles(string engine)
    {
        var sut = ImageEngines.Create(engine);
        var input = SyntheticImages.PhotoJpeg(800, 600, seed: 9);

        var high = sut.Resize(input, ResizeSpec.Default with { JpegQuality = 95 }, Token);
        var low = sut.Resize(input, ResizeSpec.Default with { JpegQuality = 40 }, Token);

        Assert.True(low.Variants[0].Content.Length < high.Variants[0].Content.Length * 0.7);
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_TranslucentPng_KeepsAlphaInPng(string engine)
    {
        var sut = ImageEngines.Create(engine);

        var outcome = sut.Resize(SyntheticImages.TranslucentPng(600, 400, seed: 4), ResizeSpec.Default, Token);

        Assert.True(outcome.Source!.HasAlpha);
        var thumb = outcome.Variants[1];
        AssertVariant(thumb, "thumb", ImageFormat.Png, 256, 171);
        using var decoded = Image.Load<Rgba32>(thumb.Content.Span);
        Assert.Equal(0, decoded[5, 80].A);
        Assert.InRange(decoded[250, 80].A, 240, 255);
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_ExifRotatedPhoto_AppliesOrientationBeforeSizing(string engine)
    {
        var sut = ImageEngines.Create(engine);

        var outcome = sut.Resize(HostileImages.ExifRotatedJpeg(), ResizeSpec.Default, Token);

        Assert.Equal((200, 300), (outcome.Source!.Width, outcome.Source.Height));
        var medium = outcome.Variants[0];
        AssertVariant(medium, "medium", ImageFormat.Jpeg, 200, 300);
        using var decoded = Image.Load<Rgb24>(medium.Content.Span);
        Assert.True(IsRed(decoded[190, 10]), $"top-right is {decoded[190, 10]}");
        Assert.False(IsRed(decoded[10, 10]), $"top-left is {decoded[10, 10]}");
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_PhotoWithExifGpsAndXmp_StripsAllMetadata(string engine)
    {
        var sut = ImageEngines.Create(engine);

        var outcome = sut.Resize(HostileImages.ExifRotatedJpeg(), ResizeSpec.Default, Token);

        Assert.All(outcome.Variants, variant =>
        {
            var markers = JpegMarkers.BeforeScan(variant.Content.Span);
            Assert.DoesNotContain(markers, marker => marker is >= 0xE1 and <= 0xEF);
            var text = Encoding.Latin1.GetString(variant.Content.Span);
            Assert.DoesNotContain("TestCamera", text, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-author", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_AnimatedGif_UsesFirstFrameOnly(string engine)
    {
        var sut = ImageEngines.Create(engine);

        var outcome = sut.Resize(HostileImages.AnimatedGif(), ResizeSpec.Default, Token);

        Assert.Equal(ImageFormat.Gif, outcome.Source!.Format);
        var medium = outcome.Variants[0];
        AssertVariant(medium, "medium", medium.Format, 64, 48);
        using var decoded = Image.Load<Rgb24>(medium.Content.Span);
        Assert.True(IsRed(decoded[32, 24]), $"centre is {decoded[32, 24]}");
    }

    [Fact]
    public void Resize_AnimatedWebPWithVips_UsesFirstFrameOnly()
    {
        var sut = ImageEngines.Create(VipsEngine.EngineName);

        var outcome = sut.Resize(VipsSamples.AnimatedWebP(), ResizeSpec.Default, Token);

        var medium = outcome.Variants[0];
        AssertVariant(medium, "medium", ImageFormat.Jpeg, 64, 48);
        using var decoded = Image.Load<Rgb24>(medium.Content.Span);
        Assert.True(IsRed(decoded[32, 24]), $"centre is {decoded[32, 24]}");
    }

    [Fact]
    public void Resize_AnimatedWebPWithImageSharp_ReturnsUnsupportedFormat()
    {
        var sut = ImageEngines.Create(ImageSharpEngine.EngineName);

        var outcome = sut.Resize(VipsSamples.AnimatedWebP(), ResizeSpec.Default, Token);

        Assert.Equal(RejectionReason.UnsupportedFormat, outcome.Rejection?.Reason);
    }

    [Fact]
    public void Resize_TranslucentPhoto_EnginesWritePngsOfComparableSize()
    {
        var input = SyntheticImages.TranslucentPng(1200, 900, seed: 6);

        var sizes = ImageEngines.Names
            .Select(name => ImageEngines.Create(name).Resize(input, ResizeSpec.Default, Token))
            .Select(outcome => (double)outcome.Variants[0].Content.Length)
            .ToArray();

        // One shared quality contract: neither engine may store twice the bytes for the same pixels.
        Assert.True(sizes.Max() / sizes.Min() < 1.4, $"PNG sizes differ too much: {string.Join(", ", sizes)} bytes.");
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_ConcurrentCalls_MatchSerialOutput(string engine)
    {
        var sut = ImageEngines.Create(engine);
        var inputs = Enumerable.Range(0, 6).Select(seed => SyntheticImages.PhotoJpeg(640, 480, seed)).ToArray();
        var serial = inputs.Select(input => sut.Resize(input, ResizeSpec.Default, Token)).ToArray();

        var parallel = new ResizeOutcome[inputs.Length];
        Parallel.For(0, inputs.Length, i => parallel[i] = sut.Resize(inputs[i], ResizeSpec.Default, Token));

        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(serial[i].Variants[1].Content.ToArray(), parallel[i].Variants[1].Content.ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public async Task Resize_CallerReusesItsArrayWhileMemoryCompacts_MatchesSerialOutput(string engine)
    {
        var sut = ImageEngines.Create(engine);
        byte[][] inputs =
        [
            SyntheticImages.PhotoJpeg(1600, 1200, seed: 31),
            VipsSamples.ProgressiveJpeg(900, 600, seed: 32),
            SyntheticImages.TranslucentPng(700, 500, seed: 33),
        ];
        var serial = inputs.Select(input => Contents(sut.Resize(input, ResizeSpec.Default, Token))).ToArray();
        using var finished = new CancellationTokenSource();
        var compactor = Task.Run(() => CompactUntil(finished.Token), Token);

        // An engine that let libvips read the caller's array after returning, or after unpinning it, would see
        // the zeros written below or memory the collector has moved.
        var results = new List<(int Input, byte[][] Contents)>();
        Parallel.For(0, 4 * inputs.Length, i =>
        {
            var reused = inputs[i % inputs.Length].ToArray();
            var contents = Contents(sut.Resize(reused, ResizeSpec.Default, Token));
            Array.Clear(reused);
            lock (results)
            {
                results.Add((i % inputs.Length, contents));
            }
        });
        finished.Cancel();
        await compactor;

        Assert.Equal(4 * inputs.Length, results.Count);
        Assert.All(results, result => Assert.Equal(serial[result.Input], result.Contents));
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_CancelledToken_Throws(string engine)
    {
        var sut = ImageEngines.Create(engine);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => sut.Resize(SyntheticImages.PhotoJpeg(64, 64, seed: 1), ResizeSpec.Default, cancelled.Token));
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_SpecWithoutVariants_ThrowsNamingTheFix(string engine)
    {
        var sut = ImageEngines.Create(engine);

        var error = Assert.Throws<ArgumentException>(
            () => sut.Resize(SyntheticImages.PhotoJpeg(64, 64, seed: 1), new ResizeSpec { Variants = [] }, Token));

        Assert.Contains("no variants", error.Message, StringComparison.Ordinal);
    }

    private static void AssertVariant(EncodedVariant variant, string name, ImageFormat format, int width, int height)
    {
        Assert.Equal((name, format, width, height), (variant.Name, variant.Format, variant.Width, variant.Height));
        var info = Image.Identify(variant.Content.ToArray(), out var detected);
        Assert.Equal((width, height), (info.Width, info.Height));
        Assert.Equal(ImageFormats.ContentType(format), detected.DefaultMimeType);
    }

    private static bool IsRed(Rgb24 pixel) => pixel.R > 180 && pixel.G < 90 && pixel.B < 90;

    private static byte[][] Contents(ResizeOutcome outcome)
    {
        Assert.True(outcome.Succeeded, outcome.Rejection?.ToString());
        return outcome.Variants.Select(variant => variant.Content.ToArray()).ToArray();
    }

    private static void CompactUntil(CancellationToken finished)
    {
        while (!finished.IsCancellationRequested)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            Thread.Yield();
        }
    }
}
