namespace ImagePipeline.Function.Processing;

/// <summary>How one event record ended.</summary>
public enum RecordOutcomeKind
{
    /// <summary>Both variants and the item were written.</summary>
    Processed,

    /// <summary>The image was refused; a <c>Rejected</c> item records why and the original is untouched.</summary>
    Rejected,

    /// <summary>The original changed or vanished since the event; a newer event will handle it.</summary>
    Superseded,

    /// <summary>An item from this event or a newer one already exists, so it was kept.</summary>
    DuplicateOrOlder,

    /// <summary>The record cannot be processed safely: a key outside <c>originals/</c>, no sequencer.</summary>
    Refused,

    /// <summary>The record is not an object-created event and needs no work.</summary>
    Ignored,

    /// <summary>A service failed; the invocation throws so that Lambda retries it.</summary>
    Failed,
}
