using System.Diagnostics.Metrics;

namespace ImagePipeline.Function.Diagnostics;

/// <summary>The function's counters and histograms, kept out of the logs.</summary>
public static class FunctionMetrics
{
    /// <summary>The meter's name, for listeners and exporters.</summary>
    public const string MeterName = "ImagePipeline.Function";

    /// <summary>The instrument counting images whose variants and item were written.</summary>
    public const string ProcessedName = "imagepipeline.images.processed";

    /// <summary>The instrument counting refused images and refused keys, tagged with the reason.</summary>
    public const string RejectedName = "imagepipeline.images.rejected";

    /// <summary>The instrument counting events skipped as superseded, duplicate or older, tagged with why.</summary>
    public const string SkippedName = "imagepipeline.images.skipped";

    /// <summary>The instrument counting records that failed and will be retried.</summary>
    public const string FailedName = "imagepipeline.images.failed";

    /// <summary>The instrument recording how long resizing one image took, in milliseconds.</summary>
    public const string ResizeDurationName = "imagepipeline.resize.duration";

    /// <summary>The tag that carries a reason.</summary>
    public const string ReasonTag = "reason";

    private static readonly Meter Meter = new(MeterName);

    internal static Counter<long> Processed { get; } =
        Meter.CreateCounter<long>(ProcessedName, "{image}", "Images resized with both variants and the item written.");

    internal static Counter<long> Rejected { get; } =
        Meter.CreateCounter<long>(RejectedName, "{image}", "Images or keys refused, by reason.");

    internal static Counter<long> Skipped { get; } =
        Meter.CreateCounter<long>(SkippedName, "{event}", "Events skipped as superseded, duplicate or older.");

    internal static Counter<long> Failed { get; } =
        Meter.CreateCounter<long>(FailedName, "{image}", "Records that failed and make the invocation throw.");

    internal static Histogram<double> ResizeDuration { get; } =
        Meter.CreateHistogram<double>(ResizeDurationName, "ms", "Time to decode an original and encode its variants.");

    internal static KeyValuePair<string, object?> Reason(string reason) => new(ReasonTag, reason);
}
