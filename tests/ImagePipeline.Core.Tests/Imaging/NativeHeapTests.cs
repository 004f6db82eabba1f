using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Core.Tests.Imaging;

public sealed class NativeHeapTests
{
    [Fact]
    public void LimitArenas_GlibcWithoutOverride_AppliesTheLimit()
    {
        var expected = OperatingSystem.IsLinux()
            && Environment.GetEnvironmentVariable(NativeHeap.ArenaLimitVariable) is null
            && IsGlibc();

        var applied = NativeHeap.LimitArenas();

        // A wrong library name or entry point would make this false on glibc, silently dropping the limit.
        Assert.Equal(expected, applied);
    }

    private static bool IsGlibc() =>
        File.Exists("/proc/self/maps")
        && File.ReadLines("/proc/self/maps").Any(line => line.EndsWith("/libc.so.6", StringComparison.Ordinal));
}
