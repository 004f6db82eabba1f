namespace ImagePipeline.Function.Processing;

/// <summary>How one event record ended, and what it concerned.</summary>
/// <param name="Kind">The kind of ending.</param>
/// <param name="Key">The decoded object key, or the raw key when it could not be decoded.</param>
/// <param name="Detail">The reason for anything but success.</param>
public sealed record RecordOutcome(RecordOutcomeKind Kind, string? Key, string? Detail = null)
{
    /// <summary>The tenant, when the key named a valid one.</summary>
    public string? Tenant { get; init; }

    /// <summary>The failure, for <see cref="RecordOutcomeKind.Failed"/>.</summary>
    public Exception? Error { get; init; }
}
