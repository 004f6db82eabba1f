using System.Buffers.Binary;
using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Imaging.Headers;
using ImagePipeline.Core.Tests.Imaging.Samples;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;

namespace ImagePipeline.Core.Tests.Imaging;

public sealed class ImageHeaderReaderTests
{
    [Fact]
    public void Read_BaselineJpeg_ReturnsSizeWithoutAlpha()
    {
        var result = ImageHeaderReader.Read(SyntheticImages.PhotoJpeg(320, 200, seed: 1));

        Assert.Equal(new ImageHeader(ImageFormat.Jpeg, new PixelSize(320, 200), false, false), result.Header);
    }

    [Fact]
    public void Read_ProgressiveJpeg_FlagsProgressive()
    {
        var result = ImageHeaderReader.Read(VipsSamples.ProgressiveJpeg(300, 180, seed: 1));

        Assert.True(result.Header!.IsProgressive);
        Assert.Equal(new PixelSize(300, 180), result.Header.Size);
    }

    [Fact]
    public void Read_ArithmeticCodedJpeg_ReturnsUnsupported()
    {
        var jpeg = SyntheticImages.PhotoJpeg(64, 64, seed: 1);
        var sof = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        jpeg[sof + 1] = 0xC9;

        var result = ImageHeaderReader.Read(jpeg);

        Assert.Equal(RejectionReason.UnsupportedFormat, result.Rejection?.Reason);
        Assert.Contains("SOF9", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Png_ReportsAlphaFromColourType(bool alpha)
    {
        var png = alpha
            ? SyntheticImages.TranslucentPng(90, 60, seed: 1)
            : SyntheticImages.Encode(SyntheticImages.Photo(90, 60, 1), new PngEncoder());

        var result = ImageHeaderReader.Read(png);

        Assert.Equal(new ImageHeader(ImageFormat.Png, new PixelSize(90, 60), alpha), result.Header);
    }

    [Fact]
    public void Read_PngWithoutIend_ReturnsCorrupt()
    {
        var png = SyntheticImages.TranslucentPng(90, 60, seed: 1);

        var result = ImageHeaderReader.Read(png.AsSpan(0, png.Length - 12));

        Assert.Equal(RejectionReason.Corrupt, result.Rejection?.Reason);
    }

    [Fact]
    public void Read_LosslessWebPWithAlpha_ReportsAlpha()
    {
        using var image = new Image<Rgba32>(40, 30, new Rgba32(10, 20, 30, 128));
        var webp = SyntheticImages.Encode(image, new WebpEncoder { FileFormat = WebpFileFormatType.Lossless });

        var result = ImageHeaderReader.Read(webp);

        Assert.Equal(new ImageHeader(ImageFormat.WebP, new PixelSize(40, 30), true), result.Header);
    }

    [Fact]
    public void Read_WebPShorterThanItsRiffSize_ReturnsCorrupt()
    {
        var webp = HostileImages.WebPBomb();
        BinaryPrimitives.WriteUInt32LittleEndian(webp.AsSpan(4), 100_000);

        var result = ImageHeaderReader.Read(webp);

        Assert.Equal(RejectionReason.Corrupt, result.Rejection?.Reason);
    }

    [Fact]
    public void Read_AnimatedGif_ReturnsScreenSize()
    {
        var result = ImageHeaderReader.Read(HostileImages.AnimatedGif());

        Assert.Equal(ImageFormat.Gif, result.Header!.Format);
        Assert.Equal(new PixelSize(64, 48), result.Header.Size);
    }

    [Fact]
    public void Read_GifWithTruncatedFrameData_ReturnsCorrupt()
    {
        var gif = HostileImages.GifBomb();

        var result = ImageHeaderReader.Read(gif.AsSpan(0, gif.Length - 3));

        Assert.Equal(RejectionReason.Corrupt, result.Rejection?.Reason);
    }

    [Fact]
    public void Read_Text_ReturnsUnsupportedNamingTheBytes()
    {
        var result = ImageHeaderReader.Read("hello, world"u8);

        Assert.Equal(RejectionReason.UnsupportedFormat, result.Rejection?.Reason);
        Assert.Contains("0x68656C6C6F2C2077", result.Rejection!.Message, StringComparison.Ordinal);
    }
}
