using NetVips;

namespace ImagePipeline.Core.Imaging;

/// <summary>Configures libvips once per process: untrusted loaders blocked, four loaders allowed, no cache.</summary>
internal static class VipsRuntime
{
    /// <summary>The loader base classes left enabled; each covers its file, buffer and source variants.</summary>
    private static readonly string[] _allowedLoaders =
        ["VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadWebp", "VipsForeignLoadNsgif"];

    private static readonly Lazy<bool> _configured = new(Configure, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads and configures libvips, or throws when the native library is not usable here.</summary>
    /// <exception cref="InvalidOperationException">libvips could not be loaded on this machine.</exception>
    public static void EnsureConfigured() => _ = _configured.Value;

    private static bool Configure()
    {
        if (!ModuleInitializer.VipsInitialized)
        {
            throw new InvalidOperationException(
                "libvips could not be loaded (the NetVips.Native package ships it for this platform); " +
                $"set {ImageEngines.EnvironmentVariable}={ImageSharpEngine.EngineName} to use the managed engine.",
                ModuleInitializer.Exception);
        }

        // Block every loader, then re-enable only the allowed formats: a new libvips loader stays off by default.
        NetVips.NetVips.BlockUntrusted = true;
        Operation.Block("VipsForeignLoad", true);
        foreach (var loader in _allowedLoaders)
        {
            Operation.Block(loader, false);
        }

        // Every input is different, so cached operations would only hold memory between invocations.
        Cache.Max = 0;
        Cache.MaxFiles = 0;
        Cache.MaxMem = 0;

        // One worker per image: the function host resizes several records at once, and a second worker per image
        // measured no faster on two cores while costing memory. VIPS_CONCURRENCY still overrides this.
        if (Environment.GetEnvironmentVariable("VIPS_CONCURRENCY") is null)
        {
            NetVips.NetVips.Concurrency = 1;
        }

        return true;
    }
}
