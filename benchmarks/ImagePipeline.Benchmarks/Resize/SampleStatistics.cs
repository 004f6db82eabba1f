namespace ImagePipeline.Benchmarks.Resize;

/// <summary>Summaries of repeated measurements.</summary>
public static class SampleStatistics
{
    /// <summary>The median: robust to the stray slow sample a shared machine produces.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A median needs at least one sample.", nameof(values));
        }

        return sorted.Length % 2 == 1
            ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
