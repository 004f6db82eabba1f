using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Core.Tests.Imaging;

/// <summary>Changes a process-wide environment variable, so its tests never run beside others.</summary>
[Collection(nameof(EnvironmentVariableTests))]
public sealed class ImageEnginesEnvironmentTests : IDisposable
{
    private readonly string? _saved = Environment.GetEnvironmentVariable(ImageEngines.EnvironmentVariable);

    [Fact]
    public void FromEnvironment_Unset_ReturnsDefault()
    {
        Environment.SetEnvironmentVariable(ImageEngines.EnvironmentVariable, null);

        var sut = ImageEngines.FromEnvironment();

        Assert.Equal(ImageEngines.DefaultName, sut.Name);
    }

    [Fact]
    public void FromEnvironment_EachName_ReturnsThatEngine()
    {
        foreach (var name in ImageEngines.Names)
        {
            Environment.SetEnvironmentVariable(ImageEngines.EnvironmentVariable, $" {name.ToUpperInvariant()} ");

            var sut = ImageEngines.FromEnvironment();

            Assert.Equal(name, sut.Name);
        }
    }

    [Fact]
    public void FromEnvironment_UnknownValue_ThrowsNamingVariableAndValue()
    {
        Environment.SetEnvironmentVariable(ImageEngines.EnvironmentVariable, "magick");

        var error = Assert.Throws<ArgumentException>(ImageEngines.FromEnvironment);

        Assert.Contains(ImageEngines.EnvironmentVariable, error.Message, StringComparison.Ordinal);
        Assert.Contains("'magick'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Environment.SetEnvironmentVariable(ImageEngines.EnvironmentVariable, _saved);
}
