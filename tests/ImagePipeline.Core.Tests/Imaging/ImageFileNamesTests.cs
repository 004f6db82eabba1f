using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tests.Imaging.Samples;

namespace ImagePipeline.Core.Tests.Imaging;

public sealed class ImageFileNamesTests
{
    [Theory]
    [InlineData("photo.jpg")]
    [InlineData("PHOTO.JPEG")]
    [InlineData("photo")]
    public void CheckExtension_JpegContentNamedHonestly_ReturnsNull(string name)
    {
        var rejection = ImageFileNames.CheckExtension(name, SyntheticImages.PhotoJpeg(16, 16, seed: 1));

        Assert.Null(rejection);
    }

    [Theory]
    [InlineData("logo.jpg")]
    [InlineData("logo.gif")]
    [InlineData("logo.txt")]
    public void CheckExtension_PngContentNamedOtherwise_ReturnsMismatchNamingBoth(string name)
    {
        var rejection = ImageFileNames.CheckExtension(name, SyntheticImages.TranslucentPng(16, 16, seed: 1));

        Assert.Equal(RejectionReason.ExtensionMismatch, rejection?.Reason);
        Assert.Contains(name, rejection!.Message, StringComparison.Ordinal);
        Assert.Contains(".png", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckExtension_UnknownContent_LeavesRefusalToTheEngine()
    {
        var rejection = ImageFileNames.CheckExtension("noise.jpg", HostileImages.RandomBytes());

        Assert.Null(rejection);
    }

    [Theory]
    [InlineData("a.webp", ImageFormat.WebP)]
    [InlineData("a.JFIF", ImageFormat.Jpeg)]
    [InlineData("a.tiff", null)]
    public void FormatOf_Extension_ReturnsClaimedFormat(string name, ImageFormat? expected)
    {
        Assert.Equal(expected, ImageFileNames.FormatOf(name));
    }
}
