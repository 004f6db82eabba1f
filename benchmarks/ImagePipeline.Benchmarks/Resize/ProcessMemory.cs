namespace ImagePipeline.Benchmarks.Resize;

/// <summary>Reads and resets this process's resident memory counters from procfs (Linux only).</summary>
public static class ProcessMemory
{
    /// <summary>Resets the peak resident set size (VmHWM) to the current one, to measure what follows.</summary>
    public static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

    /// <summary>The peak resident set size since start or the last reset, in KiB.</summary>
    public static long PeakKiB() => Read("VmHWM:");

    /// <summary>The current resident set size, in KiB.</summary>
    public static long CurrentKiB() => Read("VmRSS:");

    private static long Read(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kib = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kib, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"/proc/self/status has no {field} line; peak memory needs Linux.");
    }
}
