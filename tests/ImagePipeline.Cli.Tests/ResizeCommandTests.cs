using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tests.Imaging.Samples;

namespace ImagePipeline.Cli.Tests;

public sealed class ResizeCommandTests : IDisposable
{
    private readonly ResizeCommandFixture _sut = new();

    public static TheoryData<string> Engines => [.. ImageEngines.Names];

    public static TheoryData<string, string, string> HostileFiles()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var engine in ImageEngines.Names)
        {
            data.Add(engine, "truncated.jpg", nameof(RejectionReason.Corrupt));
            data.Add(engine, "random.jpg", nameof(RejectionReason.UnsupportedFormat));
            data.Add(engine, "empty.jpg", nameof(RejectionReason.Empty));
            data.Add(engine, "bomb.png", nameof(RejectionReason.TooManyPixels));
            data.Add(engine, "bomb.jpg", nameof(RejectionReason.TooManyPixels));
            data.Add(engine, "bomb.gif", nameof(RejectionReason.TooManyPixels));
            data.Add(engine, "bomb.webp", nameof(RejectionReason.TooManyPixels));
            data.Add(engine, "png-named.jpg", nameof(RejectionReason.ExtensionMismatch));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Resize_Photo_WritesBothVariantsAndPrintsThem(string engine)
    {
        var input = _sut.Write("holiday.jpg", SyntheticImages.PhotoJpeg(1600, 1200, seed: 8));

        var (exitCode, output, error) = _sut.Run("--engine", engine, "--input", input, "--out", _sut.OutFolder);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var medium = Path.Combine(_sut.OutFolder, "holiday-medium.jpg");
        var thumb = Path.Combine(_sut.OutFolder, "holiday-thumb.jpg");
        var mediumLine = $"wrote {medium} Jpeg 1024x768 {new FileInfo(medium).Length} bytes";
        var thumbLine = $"wrote {thumb} Jpeg 256x192 {new FileInfo(thumb).Length} bytes";
        Assert.Contains(mediumLine, output, StringComparison.Ordinal);
        Assert.Contains(thumbLine, output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Resize_TranslucentPng_WritesPngVariants(string engine)
    {
        var input = _sut.Write("logo.png", SyntheticImages.TranslucentPng(500, 500, seed: 2));

        var (exitCode, output, _) = _sut.Run("--engine", engine, "--input", input, "--out", _sut.OutFolder);

        Assert.Equal(0, exitCode);
        Assert.Contains("logo-medium.png Png 500x500", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_sut.OutFolder, "logo-thumb.png")));
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Resize_HostileFile_ExitsOneWithReasonAndWritesNothing(string engine, string file, string reason)
    {
        var input = _sut.Write(file, Sample(file));

        var (exitCode, output, error) = _sut.Run("--engine", engine, "--input", input, "--out", _sut.OutFolder);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Rejected {file} ({engine}): {reason}: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_sut.OutFolder));
    }

    [Fact]
    public void Resize_UnknownEngine_ExitsTwoListingEngines()
    {
        var input = _sut.Write("photo.jpg", SyntheticImages.PhotoJpeg(64, 64, seed: 1));

        var (exitCode, _, error) = _sut.Run("--engine", "gdi", "--input", input, "--out", _sut.OutFolder);

        Assert.Equal(2, exitCode);
        Assert.Contains("'gdi'", error, StringComparison.Ordinal);
        Assert.All(ImageEngines.Names, name => Assert.Contains(name, error, StringComparison.Ordinal));
    }

    [Fact]
    public void Resize_MissingInputFile_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(_sut.Folder, "missing.jpg");

        var (exitCode, _, error) = _sut.Run("--input", missing, "--out", _sut.OutFolder);

        Assert.Equal(2, exitCode);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resize_NoOutFolder_ExitsTwo()
    {
        var input = _sut.Write("photo.jpg", SyntheticImages.PhotoJpeg(64, 64, seed: 1));

        var (exitCode, _, error) = _sut.Run("--input", input);

        Assert.Equal(2, exitCode);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    public void Dispose() => _sut.Dispose();

    private static byte[] Sample(string file) => file switch
    {
        "truncated.jpg" => HostileImages.TruncatedJpeg(),
        "random.jpg" => HostileImages.RandomBytes(),
        "empty.jpg" => HostileImages.Empty,
        "bomb.png" => HostileImages.PngBomb20000,
        "bomb.jpg" => HostileImages.JpegBomb(),
        "bomb.gif" => HostileImages.GifBomb(),
        "bomb.webp" => HostileImages.WebPBomb(),
        "png-named.jpg" => SyntheticImages.TranslucentPng(64, 64, seed: 5),
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, "Unknown sample."),
    };
}
