using ImagePipeline.Function.Processing;

namespace ImagePipeline.Cli.Demo;

/// <summary>An upload and how the function ended its event.</summary>
/// <param name="Upload">The upload.</param>
/// <param name="Outcome">The function's outcome for it.</param>
internal sealed record DemoUploadOutcome(DemoUpload Upload, RecordOutcome Outcome);
