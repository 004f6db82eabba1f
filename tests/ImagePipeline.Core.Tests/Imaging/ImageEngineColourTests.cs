using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tests.Imaging.Samples;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ImagePipeline.Core.Tests.Imaging;

public sealed class ImageEngineColourTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_CmykJpeg_ProducesThreeChannelJpeg(string engine)
    {
        var sut = ImageEngines.Create(engine);

        var outcome = sut.Resize(CmykSamples.Jpeg(400, 300, seed: 3), ResizeSpec.Default, Token);

        Assert.True(outcome.Succeeded, outcome.Rejection?.ToString());
        var info = Image.Identify(outcome.Variants[0].Content.ToArray());
        Assert.Equal(24, info.PixelType.BitsPerPixel);
    }

    [Fact]
    public void Resize_DisplayP3JpegWithVips_ConvertsToSrgbAndDropsProfile()
    {
        var sut = ImageEngines.Create(VipsEngine.EngineName);
        using var expected = SyntheticImages.Photo(600, 400, 6).CloneAs<Rgba32>();
        expected.Mutate(x => x.Resize(256, 171, KnownResamplers.Lanczos3));

        var outcome = sut.Resize(VipsSamples.DisplayP3Jpeg(600, 400, seed: 6), ResizeSpec.Default, Token);

        var thumb = outcome.Variants[1].Content;
        Assert.DoesNotContain((byte)0xE2, JpegMarkers.BeforeScan(thumb.Span));
        using var actual = Image.Load<Rgba32>(thumb.Span);

        // Unconverted P3 values read as sRGB score about 29.6 dB here; converted ones about 36.5 dB.
        Assert.InRange(ImageComparison.Psnr(expected, actual), 33, double.PositiveInfinity);
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_ProgressiveJpegOverItsLimit_ReturnsExceedsMemoryBudget(string engine)
    {
        var sut = ImageEngines.Create(engine);
        var spec = ResizeSpec.Default with { MaxProgressivePixels = 300 * 200 - 1 };

        var outcome = sut.Resize(VipsSamples.ProgressiveJpeg(300, 200, seed: 2), spec, Token);

        Assert.Equal(RejectionReason.ExceedsMemoryBudget, outcome.Rejection?.Reason);
        Assert.Contains("baseline", outcome.Rejection!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_ProgressiveJpegWithinItsLimit_Succeeds(string engine)
    {
        var sut = ImageEngines.Create(engine);

        var outcome = sut.Resize(VipsSamples.ProgressiveJpeg(300, 200, seed: 2), ResizeSpec.Default, Token);

        Assert.True(outcome.Succeeded, outcome.Rejection?.ToString());
        Assert.Equal((300, 200), (outcome.Variants[0].Width, outcome.Variants[0].Height));
    }
}
