using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tests.Imaging.Samples;

namespace ImagePipeline.Core.Tests.Imaging;

public sealed class ImageEngineHostileInputTests
{
    public static TheoryData<string, string, RejectionReason> Cases()
    {
        var data = new TheoryData<string, string, RejectionReason>();
        foreach (var engine in ImageEngines.Names)
        {
            data.Add(engine, "empty", RejectionReason.Empty);
            data.Add(engine, "truncated-jpeg", RejectionReason.Corrupt);
            data.Add(engine, "random-bytes", RejectionReason.UnsupportedFormat);
            data.Add(engine, "png-bomb", RejectionReason.TooManyPixels);
            data.Add(engine, "jpeg-bomb", RejectionReason.TooManyPixels);
            data.Add(engine, "gif-bomb", RejectionReason.TooManyPixels);
            data.Add(engine, "webp-bomb", RejectionReason.TooManyPixels);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resize_HostileInput_ReturnsTypedRejection(string engine, string sample, RejectionReason expected)
    {
        var sut = ImageEngines.Create(engine);
        var input = Sample(sample);

        var outcome = sut.Resize(input, ResizeSpec.Default, TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Equal(expected, outcome.Rejection.Reason);
        Assert.Empty(outcome.Variants);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Rejection.Message));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("truncated-jpeg")]
    [InlineData("random-bytes")]
    [InlineData("png-bomb")]
    [InlineData("jpeg-bomb")]
    [InlineData("gif-bomb")]
    [InlineData("webp-bomb")]
    public void Resize_HostileInput_EveryEngineGivesTheSameRejection(string sample)
    {
        var input = Sample(sample);

        var rejections = ImageEngines.Names
            .Select(name => ImageEngines.Create(name))
            .Select(sut => sut.Resize(input, ResizeSpec.Default, TestContext.Current.CancellationToken))
            .Select(outcome => outcome.Rejection)
            .ToArray();

        Assert.NotNull(rejections[0]);
        Assert.All(rejections, rejection => Assert.Equal(rejections[0], rejection));
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_PngBomb_MessageNamesDeclaredSizeAndLimit(string engine)
    {
        var sut = ImageEngines.Create(engine);

        var input = HostileImages.PngBomb20000;

        var outcome = sut.Resize(input, ResizeSpec.Default, TestContext.Current.CancellationToken);

        Assert.Contains("20000x20000", outcome.Rejection!.Message, StringComparison.Ordinal);
        Assert.Contains(ResizeSpec.DefaultMaxPixels.ToString(), outcome.Rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_InputOverByteLimit_ReturnsTooLarge(string engine)
    {
        var sut = ImageEngines.Create(engine);
        var spec = ResizeSpec.Default with { MaxInputBytes = 1000 };
        var input = SyntheticImages.PhotoJpeg(200, 200, seed: 1);

        var outcome = sut.Resize(input, spec, TestContext.Current.CancellationToken);

        Assert.Equal(RejectionReason.TooLarge, outcome.Rejection?.Reason);
    }

    [Theory]
    [MemberData(nameof(EngineTheoryData.Names), MemberType = typeof(EngineTheoryData))]
    public void Resize_PhotoOverLoweredPixelLimit_ReturnsTooManyPixels(string engine)
    {
        var sut = ImageEngines.Create(engine);
        var spec = ResizeSpec.Default with { MaxPixels = 200 * 200 - 1 };
        var input = SyntheticImages.PhotoJpeg(200, 200, seed: 1);

        var outcome = sut.Resize(input, spec, TestContext.Current.CancellationToken);

        Assert.Equal(RejectionReason.TooManyPixels, outcome.Rejection?.Reason);
    }

    private static byte[] Sample(string name) => name switch
    {
        "empty" => HostileImages.Empty,
        "truncated-jpeg" => HostileImages.TruncatedJpeg(),
        "random-bytes" => HostileImages.RandomBytes(),
        "png-bomb" => HostileImages.PngBomb20000,
        "jpeg-bomb" => HostileImages.JpegBomb(),
        "gif-bomb" => HostileImages.GifBomb(),
        "webp-bomb" => HostileImages.WebPBomb(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown sample."),
    };
}
