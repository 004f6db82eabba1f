using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Core.Tests.Imaging;

public sealed class ImageEnginesTests
{
    [Fact]
    public void Create_EveryListedName_ReturnsEngineWithThatName()
    {
        foreach (var name in ImageEngines.Names)
        {
            var sut = ImageEngines.Create(name);

            Assert.Equal(name, sut.Name);
        }
    }

    [Fact]
    public void Create_SameNameTwice_ReturnsCachedInstance()
    {
        var first = ImageEngines.Create(ImageEngines.DefaultName);

        var second = ImageEngines.Create(ImageEngines.DefaultName.ToUpperInvariant());

        Assert.Same(first, second);
    }

    [Fact]
    public void Create_UnknownName_ThrowsNamingValueAndValidNames()
    {
        var error = Assert.Throws<ArgumentException>(() => ImageEngines.Create("gdi"));

        Assert.Contains("'gdi'", error.Message, StringComparison.Ordinal);
        Assert.All(ImageEngines.Names, name => Assert.Contains(name, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultName_IsOneOfNames()
    {
        Assert.Contains(ImageEngines.DefaultName, ImageEngines.Names);
    }
}
