using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Metadata;

namespace ImagePipeline.Function.Processing;

/// <summary>What processing one original produced, ready to become its metadata item.</summary>
/// <param name="Outcome">The engine's outcome, or a refusal made before the engine ran.</param>
/// <param name="SizeBytes">The original's size in bytes.</param>
/// <param name="Variants">The variants written; empty when refused.</param>
/// <param name="Timings">The step timings.</param>
internal sealed record ProcessedImage(
    ResizeOutcome Outcome,
    long SizeBytes,
    IReadOnlyList<VariantRecord> Variants,
    ImageTimings Timings)
{
    public ImageRecord ToRecord(ValidatedRecord work, DateTimeOffset processedAt) => new()
    {
        Original = work.Original,
        Status = Outcome.Succeeded ? ImageStatus.Processed : ImageStatus.Rejected,
        Rejection = Outcome.Rejection,
        SizeBytes = SizeBytes,
        Format = Outcome.Source?.Format,
        Width = Outcome.Source?.Width,
        Height = Outcome.Source?.Height,
        Variants = Variants,
        ETag = work.ETag,
        Sequencer = work.Sequencer,
        ProcessedAt = processedAt,
        Timings = Timings,
    };
}
