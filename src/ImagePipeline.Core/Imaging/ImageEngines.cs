namespace ImagePipeline.Core.Imaging;

/// <summary>Creates the configured image engine; engines are cached and safe to share between threads.</summary>
public static class ImageEngines
{
    /// <summary>The environment variable that selects the engine.</summary>
    public const string EnvironmentVariable = "IMAGEPIPELINE_ENGINE";

    private static readonly Lazy<IImageEngine> _imageSharp = new(() => new ImageSharpEngine());
    private static readonly Lazy<IImageEngine> _vips = new(() => new VipsEngine());

    /// <summary>The valid engine names.</summary>
    public static IReadOnlyList<string> Names { get; } = [VipsEngine.EngineName, ImageSharpEngine.EngineName];

    /// <summary>The engine used when none is configured.</summary>
    /// <remarks>libvips: on the resize benchmark it is several times faster than ImageSharp and peaks lower.</remarks>
    public static string DefaultName => VipsEngine.EngineName;

    /// <summary>Returns the engine with the given name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static IImageEngine Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryCreate(name.Trim()) ?? throw new ArgumentException(
            $"Unknown image engine '{name}'; use one of: {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>Returns the engine named by <see cref="EnvironmentVariable"/>, or the default when unset.</summary>
    /// <exception cref="ArgumentException">The variable names no known engine.</exception>
    public static IImageEngine FromEnvironment()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Create(DefaultName);
        }

        return TryCreate(configured.Trim()) ?? throw new ArgumentException(
            $"{EnvironmentVariable} is '{configured}', which is no image engine; set it to one of: " +
            $"{string.Join(", ", Names)}, or unset it for the default ({DefaultName}).");
    }

    private static IImageEngine? TryCreate(string name) => name.ToLowerInvariant() switch
    {
        ImageSharpEngine.EngineName => _imageSharp.Value,
        VipsEngine.EngineName => _vips.Value,
        _ => null,
    };
}
