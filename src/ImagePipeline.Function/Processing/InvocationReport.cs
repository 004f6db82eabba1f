namespace ImagePipeline.Function.Processing;

/// <summary>The outcome of every record of one invocation, in event order.</summary>
/// <param name="Records">The outcomes.</param>
public sealed record InvocationReport(IReadOnlyList<RecordOutcome> Records)
{
    /// <summary>How many records ended with the given kind.</summary>
    public int Count(RecordOutcomeKind kind) => Records.Count(r => r.Kind == kind);
}
