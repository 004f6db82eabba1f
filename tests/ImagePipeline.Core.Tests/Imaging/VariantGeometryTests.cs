using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Core.Tests.Imaging;

public sealed class VariantGeometryTests
{
    [Theory]
    [InlineData(4000, 3000, 1024, 1024, 1024, 768)]
    [InlineData(3000, 4000, 1024, 1024, 768, 1024)]
    [InlineData(4032, 3024, 256, 256, 256, 192)]
    [InlineData(1000, 333, 256, 256, 256, 85)]
    [InlineData(2048, 3, 1024, 1024, 1024, 2)]
    [InlineData(10000, 1, 1024, 1024, 1024, 1)]
    [InlineData(800, 600, 1024, 1024, 800, 600)]
    [InlineData(1024, 1024, 1024, 1024, 1024, 1024)]
    [InlineData(1920, 1080, 1024, 500, 889, 500)]
    public void Fit_KnownSizes_RoundsEachSideToNearest(
        int width, int height, int maxWidth, int maxHeight, int expectedWidth, int expectedHeight)
    {
        var result = VariantGeometry.Fit(new PixelSize(width, height), maxWidth, maxHeight);

        Assert.Equal(new PixelSize(expectedWidth, expectedHeight), result);
    }

    [Fact]
    public void Fit_ManySizes_StaysInBoxKeepsAspectAndNeverUpscales()
    {
        var random = new Random(42);

        for (var i = 0; i < 5000; i++)
        {
            var source = new PixelSize(random.Next(1, 30_000), random.Next(1, 30_000));
            var box = (Width: random.Next(1, 2048), Height: random.Next(1, 2048));

            var result = VariantGeometry.Fit(source, box.Width, box.Height);

            Assert.InRange(result.Width, 1, Math.Min(box.Width, source.Width));
            Assert.InRange(result.Height, 1, Math.Min(box.Height, source.Height));
            var scale = Math.Min(Math.Min((double)box.Width / source.Width, (double)box.Height / source.Height), 1);
            Assert.True(Math.Abs(result.Width - (source.Width * scale)) <= 0.5 || result.Width == 1, $"{source} {box}");
            Assert.True(
                Math.Abs(result.Height - (source.Height * scale)) <= 0.5 || result.Height == 1,
                $"{source} {box}");
        }
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, -1)]
    public void Fit_NonPositiveBox_Throws(int maxWidth, int maxHeight)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => VariantGeometry.Fit(new PixelSize(100, 100), maxWidth, maxHeight));
    }
}
